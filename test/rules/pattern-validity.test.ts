import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compilesWithBoundaries, unicodeBoundaries } from '../../src/schema/regex.ts';

// lint.yaml's patterns are checked by compiling a cheap stand-in of the rewritten pattern (see regex.ts). That is
// only sound if the stand-in compiles exactly when the real pattern does: checked here on valid and broken patterns,
// with `\b` in every place a pattern can hold one.
const catalogue = jsYaml.load(readFileSync(new URL('../../src/catalogues/lint.yaml', import.meta.url), 'utf8')) as {
  specificity: { pattern: string; unless?: string }[];
};
const WRITTEN = [
  '\\bappropriate\\b',
  '\\b*',
  '\\b+x',
  '\\b{2}',
  'a\\b?',
  '(?<=\\b)x',
  '(?<!\\bwell )\\bwhere',
  '[\\b]x',
  '[a-\\b]',
  '\\\\b',
  '\\b(',
  '(\\b',
  '\\b)',
  '[\\b',
  '\\b[]',
  '\\b|\\b',
  '(?:\\b)+',
  '\\b\\',
  'x{2,1}\\b',
  '\\p{L}\\b',
  '\\p{Nope}\\b',
  '(?<name>\\b)\\k<name>',
  '\\k<missing>\\b',
  '\\büblich\\w*\\b',
  '\\bz\\.\\s?B\\.',
];
const corpus = [...WRITTEN, ...catalogue.specificity.flatMap((phrase) => [phrase.pattern, ...(phrase.unless ? [phrase.unless] : [])])];

function compiles(source: string): boolean {
  try {
    new RegExp(unicodeBoundaries(source), 'giu');
    return true;
  } catch {
    return false;
  }
}

describe('compilesWithBoundaries', () => {
  it('the corpus holds both valid and broken patterns', () => {
    expect(corpus.filter(compiles).length).toBeGreaterThan(10);
    expect(corpus.filter((source) => !compiles(source)).length).toBeGreaterThan(5);
  });

  it.each(corpus.map((source) => [source]))('%s: agrees with compiling the real pattern', (source) => {
    expect(compilesWithBoundaries(source)).toBe(compiles(source));
  });
});
