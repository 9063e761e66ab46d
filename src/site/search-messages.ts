import { catalogues, type Catalogue } from '../i18n/catalogue.ts';
import { uiLanguage } from '../i18n/languages.ts';

/** The messages the search widget shows (status lines, headings), from the catalogues. */
export const WIDGET_KEYS = [
  'search.searching',
  'search.found',
  'search.shown',
  'search.noResults',
  'search.unavailable',
  'search.control',
  'search.fewer',
  'search.fewerMeasures',
  'search.matching',
  'search.allMeasures',
] as const satisfies readonly (keyof Catalogue)[];

/** The widget's messages for each language of the site, keyed by language tag. */
export function widgetMessages(languages: readonly string[]): Record<string, Partial<Catalogue>> {
  return Object.fromEntries(
    languages.map((language) => {
      const catalogue = catalogues[uiLanguage(language)];
      return [language, Object.fromEntries(WIDGET_KEYS.map((key) => [key, catalogue[key]]))];
    }),
  );
}
