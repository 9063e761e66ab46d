import type { Rule } from './rule.ts';

/**
 * An answer given to customers must rest on measures customers can read: a public or customer answer relying on an
 * internal measure points at text nobody outside can see, and its link and measure id would be dropped from every
 * export. Internal answers may rely on anything.
 */
export const answerVisibility: Rule = {
  id: 'answer-visibility',
  severity: 'error',
  description: 'public and customer answers rely only on public measures (not internal, not draft)',
  check(model, report) {
    for (const entry of model.answers) {
      const a = entry.data;
      if (a.visibility === 'internal') continue;
      a.measures.forEach((measureId, index) => {
        const measure = model.index.measures.get(measureId)?.data;
        // A draft measure is shown nowhere either, until it is implemented or planned.
        const hidden = measure?.visibility === 'internal' ? 'internal' : measure?.status === 'draft' ? 'draft' : undefined;
        if (!hidden) return;
        report(
          { entry, path: ['measures', index] },
          `${a.visibility} answer ${a.id} relies on ${hidden} measure ${measureId}, which customers cannot read`,
          `make ${measureId} public, rely on a public measure instead, or make the answer internal`,
        );
      });
    }
  },
};
