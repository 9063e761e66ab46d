import type { DocumentSpec } from '../schema/index.ts';

/**
 * The languages a document is written in, in printing order: the two of a bilingual document, else its own
 * language, else the language the content is written in.
 */
export function documentLanguages(spec: Pick<DocumentSpec, 'language' | 'languages'>, contentLanguage: string): string[] {
  return spec.languages ? [...spec.languages] : [spec.language ?? contentLanguage];
}
