import { createHash } from 'node:crypto';
import { TRANSLATION_HASH_LENGTH } from '../schema/translation.ts';

/**
 * The version of a measure's text that a translation records (`translates:`): a hash of its title and body. Line
 * endings and trailing blanks are normalised, so re-saving a file does not make its translations stale; any change
 * a reader could see does.
 */
export function translationHash(measure: { title: string; body: string }): string {
  const body = measure.body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(`${measure.title.trim()}\n\n${body}`).digest('hex').slice(0, TRANSLATION_HASH_LENGTH);
}
