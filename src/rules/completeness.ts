import { primaryCategory } from '../content/model.ts';
import type { Rule } from './rule.ts';

/**
 * A released Annex II must describe at least one implemented measure for every category it requires; an empty
 * category is a hole in a signed contract. Categories of the taxonomy that nothing covers and that the document
 * does not require are reported as warnings, so the gap is a decision and not an oversight.
 */
export const categoryCoverage: Rule = {
  id: 'category-coverage',
  severity: 'error',
  description: 'every category a released Annex II requires has an implemented public measure; uncovered optional ones warn',
  check(model, report) {
    for (const entry of model.documents) {
      const doc = entry.data;
      if (doc.kind !== 'annex-ii') continue;
      const taxonomyId = doc.taxonomy ?? model.taxonomyId;
      const taxonomy = model.index.frameworks.get(taxonomyId)?.data;
      if (!taxonomy) continue;
      const covered = new Set<string>();
      for (const measure of model.measures) {
        const m = measure.data;
        if (m.status !== 'implemented' || m.visibility !== 'public') continue;
        for (const id of m.satisfies[taxonomyId] ?? []) covered.add(id);
        const primary = primaryCategory(m, taxonomyId);
        if (primary) covered.add(primary);
      }
      // A measure rejected by its schema was reported already; assume it covers what it names, so one mistake
      // does not also empty a category.
      for (const item of model.rejected) {
        const satisfies = (item.raw as { satisfies?: Record<string, unknown> } | undefined)?.satisfies?.[taxonomyId];
        if (item.kind === 'measures' && Array.isArray(satisfies)) for (const id of satisfies) covered.add(String(id));
      }
      const required = new Set(doc.requires);
      doc.requires.forEach((id, index) => {
        if (covered.has(id) || doc.status !== 'released') return;
        report(
          { entry, path: ['requires', index] },
          `released ${doc.id} requires "${id}", but no implemented public measure covers it`,
          `add or implement a measure with satisfies.${taxonomyId}: [${id}], or set status: draft until one exists`,
        );
      });
      for (const requirement of taxonomy.requirements) {
        if (covered.has(requirement.id) || required.has(requirement.id)) continue;
        report(
          { entry, path: ['requires'] },
          `no implemented measure covers "${requirement.id}" (${shorten(requirement.title)})`,
          `describe the measures you take for it, or add it to requires: once you do; leaving it empty tells customers you take none`,
          'warning',
        );
      }
    }
  },
};

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
