import { isUiLanguage, uiLanguages } from '../i18n/languages.ts';
import type { Rule } from './rule.ts';

/**
 * The site and the documents print their headings, labels and dates from a message catalogue: a language without
 * one would put its content inside another language's chrome. Content may be written in any language.
 */
export const unsupportedLanguage: Rule = {
  id: 'unsupported-language',
  severity: 'error',
  description: `site and document languages have a message catalogue (${uiLanguages.join(', ')})`,
  check(model, report) {
    const hint = `use one of ${uiLanguages.join(', ')} (a regional tag such as de-AT works too), or add a catalogue in src/i18n/messages/`;
    const organisation = model.organisation;
    organisation?.data.site.languages.forEach((language, index) => {
      if (!isUiLanguage(language)) {
        report(
          { entry: organisation, path: ['site', 'languages', index] },
          `the site cannot be published in "${language}": there is no message catalogue for it`,
          hint,
        );
      }
    });
    for (const entry of model.documents) {
      const doc = entry.data;
      const languages = doc.languages
        ? doc.languages.map((language, index) => [language, ['languages', index]] as const)
        : [[doc.language ?? model.language, doc.language ? ['language'] : []] as const];
      for (const [language, path] of languages) {
        if (!isUiLanguage(language)) {
          report({ entry, path: [...path] }, `${doc.id} cannot be built in "${language}": there is no message catalogue for it`, hint);
        }
      }
    }
  },
};
