import { measureTextHash, yamlHash } from '../content/measure-text.ts';
import type { Rule } from './rule.ts';

/**
 * An answer is only as true as the measures it relies on. It is stale when one of them was retired (error: the
 * answer describes something no longer in force, and its link leads nowhere), when a "yes" rests on a measure that
 * is only planned, or when a measure's public text changed after the answer was reviewed.
 *
 * "Changed" is decided by content hash, as the diff compares measures: each answer records, per measure, the hash
 * of the title and public text its reviewer read (`reviewedText`), and validation compares it with the text today.
 * That needs no git and costs one hash per measure, so validation stays fast and gives the same answer on a shallow
 * CI checkout, a tarball or a laptop; looking up the text at the `reviewed` date in git history would need the full
 * history and one old checkout per review date, and a date cannot tell two edits on the same day apart. An answer
 * that records no hash for a measure is reported, with the hash to record.
 */
export const answerStale: Rule = {
  id: 'answer-stale',
  severity: 'warning',
  description: 'answers rely on measures in force whose public text has not changed since the answer was reviewed',
  check(model, report) {
    for (const entry of model.answers) {
      const a = entry.data;
      a.measures.forEach((measureId, index) => {
        const measure = model.index.measures.get(measureId)?.data;
        if (!measure) return; // unknown-measure
        if (measure.status === 'retired') {
          report(
            { entry, path: ['measures', index] },
            `answer ${a.id} relies on ${measureId}, which is retired: the answer describes a measure no longer in force`,
            `answer the question again without ${measureId} (a measure in force, or answer partial or no)`,
            'error',
          );
          return;
        }
        if ((measure.status === 'planned' || measure.status === 'draft') && a.answer === 'yes') {
          report(
            { entry, path: ['measures', index] },
            `answer ${a.id} says yes relying on ${measureId}, which is ${measure.status === 'draft' ? 'a draft' : 'planned'} and not yet in force`,
            `answer partial until ${measureId} is implemented, or rely on measures that are`,
          );
          return;
        }
        const now = measureTextHash(model, measureId);
        if (now === undefined) return; // body-syntax reports a body that does not parse
        const then = a.reviewedText[measureId];
        const accept = `if it still holds, set reviewedText.${measureId}: ${yamlHash(now)} and reviewed: to today's date`;
        if (then === undefined) {
          report(
            { entry, path: ['measures', index] },
            `answer ${a.id} does not record which text of ${measureId} it was reviewed against, so a later rewording would go unnoticed`,
            `check the answer against ${measureId} as it reads now; ${accept}`,
          );
        } else if (then !== now) {
          report(
            { entry, path: ['reviewedText', measureId] },
            `${measureId} was reworded after answer ${a.id} was reviewed on ${a.reviewed}: the answer may no longer match it`,
            `re-read the answer against ${measureId} (npm run diff shows the rewording); ${accept}`,
          );
        }
      });
      for (const measureId of Object.keys(a.reviewedText)) {
        if (a.measures.includes(measureId) || !model.index.measures.has(measureId)) continue;
        report(
          { entry, path: ['reviewedText', measureId] },
          `answer ${a.id} records the text of ${measureId} but does not rely on it`,
          `add ${measureId} to measures, or remove it from reviewedText`,
        );
      }
    }
  },
};
