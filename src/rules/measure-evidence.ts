import type { Rule } from './rule.ts';

/** An implemented measure nobody can show evidence for is a claim, not a measure. */
export const measureEvidence: Rule = {
  id: 'measure-evidence',
  severity: 'error',
  description: 'every implemented measure names at least one evidence item',
  check(model, report) {
    for (const entry of model.measures) {
      if (entry.data.status !== 'implemented' || entry.data.evidence.length > 0) continue;
      report(
        { entry, path: ['evidence'] },
        `implemented measure ${entry.data.id} names no evidence`,
        'add evidence: [<id>] naming what shows the measure is in force (create it with `npm run new -- evidence`), or set status: planned',
      );
    }
  },
};
