import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import type { UiLanguage } from './languages.ts';

/**
 * A message catalogue: every string the site and the PDFs print around the content, by key. A message is a text
 * with `{name}` placeholders, or a plural: one text per CLDR plural category the language uses (English and
 * German both use "one" and "other"), chosen by `Intl.PluralRules`. The English catalogue defines the keys; every
 * other catalogue must have exactly the same keys (TypeScript checks it, and so does a test), so no output ever
 * falls back to English.
 */
export interface Plural {
  one: string;
  other: string;
}

type English = typeof en;
export type Catalogue = { [K in keyof English]: English[K] extends string ? string : Plural };
export type MessageKey = keyof Catalogue;
/** Keys of plain messages. */
export type TextKey = { [K in MessageKey]: Catalogue[K] extends string ? K : never }[MessageKey];
/** Keys of plural messages. */
export type PluralKey = { [K in MessageKey]: Catalogue[K] extends Plural ? K : never }[MessageKey];

export const catalogues: Record<UiLanguage, Catalogue> = { en, de };
