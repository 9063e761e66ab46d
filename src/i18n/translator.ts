import { catalogues, type Catalogue, type Plural, type PluralKey, type TextKey } from './catalogue.ts';
import { intlLocale, uiLanguage, type UiLanguage } from './languages.ts';

export type Params = Record<string, string | number>;

/**
 * Everything an output needs to speak one language: its messages, and dates, numbers, plurals, lists and country
 * names from `Intl` (Node ships full ICU), never written by hand. Pure and deterministic: formatting depends only on
 * the language tag, never the machine's locale or time zone (dates are calendar days, formatted in UTC).
 */
export interface Translator {
  /** The BCP 47 tag as the content gives it, such as "de" or "de-AT": for `lang` attributes and PDF /Lang. */
  readonly tag: string;
  /** The catalogue in use. */
  readonly language: UiLanguage;
  /** A message with its `{name}` placeholders filled in (numbers formatted). */
  t(key: TextKey, params?: Params): string;
  /** A plural message for `count` (available as `{count}`, formatted). */
  n(key: PluralKey, count: number, params?: Params): string;
  /** "2026-11-02" -> "2 November 2026" / "2. November 2026". */
  date(iso: string): string;
  /** 1234 -> "1,234" / "1.234". */
  number(value: number): string;
  /** ["a", "b", "c"] -> "a, b and c" / "a, b und c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** The list as parts, so that items can be styled apart from the words joining them. */
  listParts(items: readonly string[], type?: 'conjunction' | 'disjunction'): { type: 'element' | 'literal'; value: string }[];
  /** "IE" -> "Ireland" / "Irland". */
  region(code: string): string;
  /** A language's own name in this language: "de" -> "German" / "Deutsch". */
  languageName(tag: string): string;
}

const cache = new Map<string, Translator>();

/** The translator for a language tag (memoised). Throws for a language without a catalogue. */
export function translator(tag: string): Translator {
  let found = cache.get(tag);
  if (!found) {
    found = createTranslator(tag);
    cache.set(tag, found);
  }
  return found;
}

function createTranslator(tag: string): Translator {
  const language = uiLanguage(tag);
  const catalogue: Catalogue = catalogues[language];
  const locale = intlLocale(tag);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const fill = (key: string, message: string, params: Params = {}): string =>
    message.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`message "${key}" (${language}) needs the parameter {${name}}`);
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    tag,
    language,
    t: (key, params) => fill(key, catalogue[key] as string, params),
    n: (key, count, params) => {
      const forms = catalogue[key] as Plural;
      const category = plurals.select(count);
      return fill(key, category === 'one' ? forms.one : forms.other, { ...params, count });
    },
    date: (iso) => {
      const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? iso : dates.format(day);
    },
    number: (value) => numbers.format(value),
    list: (items, type = 'conjunction') => lists[type].format(items),
    listParts: (items, type = 'conjunction') => lists[type].formatToParts(items),
    region: (code) => regions.of(code) ?? code,
    languageName: (other) => languages.of(other) ?? other,
  };
}
