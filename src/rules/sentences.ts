import { unicodeBoundaries } from '../schema/regex.ts';

/**
 * Abbreviations that end with a dot but not a sentence, per language. German writes several with a space inside
 * ("z. B.", "d. h.", "u. a."), which a splitter that only knows English would cut in two.
 */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: ['e\\.g\\.', 'i\\.e\\.', 'ie\\.', 'etc\\.', 'vs\\.', 'cf\\.', 'approx\\.', 'incl\\.', 'no\\.', 'e\\.g', 'i\\.e'],
  de: [
    'z\\.\\s?B\\.',
    'd\\.\\s?h\\.',
    'u\\.\\s?a\\.',
    'u\\.\\s?U\\.',
    'z\\.\\s?T\\.',
    'o\\.\\s?Ä\\.',
    's\\.\\s?o\\.',
    's\\.\\s?u\\.',
    'bzw\\.',
    'ggf\\.',
    'inkl\\.',
    'zzgl\\.',
    'ca\\.',
    'evtl\\.',
    'usw\\.',
    'vgl\\.',
    'Nr\\.',
    'Abs\\.',
    'Art\\.',
    'lit\\.',
    'gem\\.',
    'bspw\\.',
    'sog\\.',
    'max\\.',
    'min\\.',
    'etc\\.',
  ],
};

const compiled = new Map<string, RegExp>();

/** A pattern matching the abbreviations of `language` (its primary subtag; English when unknown). */
export function abbreviations(language: string): RegExp {
  const key = ABBREVIATIONS[primaryLanguage(language)] ? primaryLanguage(language) : 'en';
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(unicodeBoundaries(`\\b(?:${ABBREVIATIONS[key]!.join('|')})`), 'giu');
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** "de-CH" -> "de". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
