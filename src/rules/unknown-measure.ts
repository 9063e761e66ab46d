import { measureId } from '../schema/common.ts';
import { rawStrings, someIds } from './references.ts';
import type { Rule } from './rule.ts';

/** Every measure an answer relies on must exist: an answer backed by nothing is the drift this library prevents. */
export const unknownMeasure: Rule = {
  id: 'unknown-measure',
  severity: 'error',
  description: 'measure ids named by answers (measures, reviewedText) exist in content/measures',
  check(model, report) {
    const rejected = new Set(model.rejected.filter((item) => item.kind === 'measures' && item.id).map((item) => item.id));
    const exists = (id: string) => model.index.measures.has(id) || rejected.has(id);
    const hint = (id: string) => `use the id of an existing measure, such as ${someIds(model.index.measures.keys(), id)}`;
    for (const entry of model.answers) {
      entry.data.measures.forEach((id, index) => {
        if (!exists(id))
          report({ entry, path: ['measures', index] }, `answer ${entry.data.id} relies on measure "${id}", which does not exist`, hint(id));
      });
      for (const id of Object.keys(entry.data.reviewedText)) {
        if (!exists(id) && !entry.data.measures.includes(id)) {
          report(
            { entry, path: ['reviewedText', id] },
            `answer ${entry.data.id} records the text of measure "${id}", which does not exist`,
            hint(id),
          );
        }
      }
    }
    // Answers that failed their schema still have their measure lists checked: one run, every problem.
    for (const item of model.rejected) {
      if (item.kind !== 'answers' || !item.at) continue;
      for (const [id, index] of rawStrings(item.raw, 'measures')) {
        // A malformed id is the schema's finding already; a well-formed one that names nothing is this rule's.
        if (measureId.safeParse(id).success && !exists(id))
          report(
            { file: item.file, position: item.at(['measures', index]) },
            `${item.id ?? 'this answer'} relies on measure "${id}", which does not exist`,
            hint(id),
          );
      }
    }
  },
};
