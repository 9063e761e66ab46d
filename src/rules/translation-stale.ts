import { answerSourceHash, sourceHash } from '../content/model.ts';
import type { Rule } from './rule.ts';

/**
 * A translation records the version of the source text it was made from (`translates:`). When the source's title
 * or body changes afterwards, the two language versions may say different things: the translation is stale until
 * someone updates it and records the new version.
 */
export const translationStale: Rule = {
  id: 'translation-stale',
  severity: 'warning',
  description: 'a translation was made from the current text of its measure or answer (its translates: hash matches)',
  check(model, report) {
    const measures = new Map(model.measures.map((measure) => [measure.file, measure]));
    for (const translation of model.translations) {
      const measure = measures.get(translation.sourceFile);
      if (!measure) continue;
      const now = sourceHash(measure);
      if (translation.data.translates === now) continue;
      report(
        { entry: translation, path: ['translates'] },
        `${translation.file} translates an earlier version of ${measure.file}: its title or body changed since (translated ${translation.data.translates}, now ${now})`,
        `compare the two and update the ${translation.language} text, then set translates: ${now}`,
      );
    }
    const answers = new Map(model.answers.map((answer) => [answer.file, answer]));
    for (const translation of model.answerTranslations) {
      const answer = answers.get(translation.sourceFile);
      if (!answer) continue;
      const now = answerSourceHash(answer);
      if (translation.data.translates === now) continue;
      report(
        { entry: translation, path: ['translates'] },
        `${translation.file} translates an earlier version of ${answer.file}: its question or explanation changed since (translated ${translation.data.translates}, now ${now})`,
        `compare the two and update the ${translation.language} text, then set translates: ${now}`,
      );
    }
  },
};
