import type { Rule } from './rule.ts';

/**
 * Customers' auditors read measures through control catalogues (ISO 27001, SOC 2, NIST CSF). A measure mapped
 * only to taxonomies (the Annex II categories) cannot be traced to any control.
 */
export const measureControls: Rule = {
  id: 'measure-controls',
  severity: 'error',
  description: 'every implemented measure maps to at least one control outside the taxonomies',
  check(model, report) {
    for (const entry of model.measures) {
      if (entry.data.status !== 'implemented') continue;
      const mapped = Object.keys(entry.data.satisfies).some((id) => {
        const framework = model.index.frameworks.get(id)?.data;
        return framework !== undefined && framework.kind !== 'taxonomy';
      });
      if (mapped) continue;
      const catalogues = model.frameworks.filter((f) => f.data.kind !== 'taxonomy').map((f) => f.data.id);
      report(
        { entry, path: ['satisfies'] },
        `implemented measure ${entry.data.id} maps to no control outside the taxonomies`,
        `map it to the controls it satisfies in ${catalogues.length ? catalogues.join(', ') : 'a control framework'}`,
      );
    }
  },
};
