import { sameLanguage } from '../content/localise.ts';
import type { Rule } from './rule.ts';

/** A translation belongs beside the measure or answer it translates, in another language than the content's. */
export const translationOrphan: Rule = {
  id: 'translation-orphan',
  severity: 'error',
  description:
    "a <name>.<lang>.mdx (or answers/<name>.<lang>.yaml) translation sits beside the <name>.mdx measure (or answer) it translates, in a language other than the content's",
  check(model, report) {
    const measures = new Set(model.measures.map((measure) => measure.file));
    const rejected = new Set(model.rejected.map((item) => item.file));
    const answers = new Set(model.answers.map((answer) => answer.file));
    const sources = [
      ...model.translations.map((translation) => ({
        translation,
        exists: measures.has(translation.sourceFile),
        ext: '.mdx',
        what: 'measure',
      })),
      ...model.answerTranslations.map((translation) => ({
        translation,
        exists: answers.has(translation.sourceFile),
        ext: translation.sourceFile.slice(translation.sourceFile.lastIndexOf('.')),
        what: 'answer',
      })),
    ];
    for (const { translation, exists, ext, what } of sources) {
      if (sameLanguage(translation.language, model.language)) {
        report(
          { file: translation.file, position: { line: 1, column: 1 } },
          `${translation.file} translates into ${translation.language}, the language the content itself is written in`,
          `write the text in ${translation.sourceFile} itself, and delete this file`,
        );
      } else if (!exists && !rejected.has(translation.sourceFile)) {
        report(
          { file: translation.file, position: { line: 1, column: 1 } },
          `${translation.file} translates ${translation.sourceFile}, which does not exist`,
          `move it beside the ${what} it translates (same name, with the language before ${ext}), or delete it if the ${what} is gone`,
        );
      }
    }
  },
};
