import { sameLanguage } from '../content/localise.ts';
import type { Rule } from './rule.ts';

/** A translation belongs beside the measure it translates, in another language than the content's. */
export const translationOrphan: Rule = {
  id: 'translation-orphan',
  severity: 'error',
  description: "a <name>.<lang>.mdx translation sits beside its <name>.mdx measure, in a language other than the content's",
  check(model, report) {
    const measures = new Set(model.measures.map((measure) => measure.file));
    const rejected = new Set(model.rejected.map((item) => item.file));
    for (const translation of model.translations) {
      if (sameLanguage(translation.language, model.language)) {
        report(
          { file: translation.file, position: { line: 1, column: 1 } },
          `${translation.file} translates into ${translation.language}, the language the content itself is written in`,
          `write the text in ${translation.sourceFile} itself, and delete this file`,
        );
      } else if (!measures.has(translation.sourceFile) && !rejected.has(translation.sourceFile)) {
        report(
          { file: translation.file, position: { line: 1, column: 1 } },
          `${translation.file} translates ${translation.sourceFile}, which does not exist`,
          'move it beside the measure it translates (same name, with the language before .mdx), or delete it if the measure is gone',
        );
      }
    }
  },
};
