import { documentLanguages, translationFor } from './document-texts.ts';
import type { Rule } from './rule.ts';

/**
 * A released document is contract text: every translation it prints must have been reviewed (`status: reviewed`).
 * A machine-assisted or unreviewed draft translation is fine in a draft, which lists it in its notice.
 */
export const translationUnreviewed: Rule = {
  id: 'translation-unreviewed',
  severity: 'error',
  description: 'a released document prints only reviewed translations (status: reviewed)',
  check(model, report) {
    for (const { entry, language, path, measures } of documentLanguages(model)) {
      if (entry.data.status !== 'released') continue;
      for (const measure of measures) {
        const translation = translationFor(model, measure, language);
        if (!translation || translation.data.status === 'reviewed') continue;
        const how = translation.data.method === 'machine-assisted' ? 'a machine-assisted draft' : 'a draft';
        report(
          { entry, path },
          `released ${entry.data.id} in ${language} prints ${measure.data.id} from ${translation.file}, ${how} not yet reviewed`,
          `have legal review it against ${measure.file}, then set status: reviewed in ${translation.file}`,
        );
      }
    }
  },
};
