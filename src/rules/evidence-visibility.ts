import type { Rule } from './rule.ts';

/**
 * A public measure backed only by internal evidence is a claim customers cannot check: neither the site nor a
 * request under NDA can show them anything. The same holds for a "yes" given to customers when every measure it
 * relies on is backed only by internal evidence. A warning, because it may be a deliberate choice.
 */
export const evidenceVisibility: Rule = {
  id: 'evidence-visibility',
  severity: 'warning',
  description: 'a public measure, and a yes answer given to customers, is backed by at least one public or customer-visible evidence item',
  check(model, report) {
    for (const entry of model.measures) {
      const { visibility, status, evidence, id } = entry.data;
      if (visibility !== 'public' || status === 'retired' || status === 'draft' || evidence.length === 0) continue;
      const levels = evidence.map((ref) => model.index.evidence.get(ref)?.data.visibility);
      if (levels.includes(undefined) || !levels.every((level) => level === 'internal')) continue;
      report(
        { entry, path: ['evidence'] },
        `public measure ${id} is backed only by internal evidence, which customers can never see`,
        'add evidence customers can see (visibility: public, or customer for material given under NDA), or accept the warning',
      );
    }
    for (const entry of model.answers) {
      const { answer, visibility, measures, id } = entry.data;
      if (answer !== 'yes' || visibility === 'internal' || measures.length === 0) continue;
      const backing = measures.map((ref) => model.index.measures.get(ref)?.data);
      if (backing.includes(undefined)) continue; // unknown-measure
      const levels = backing.flatMap((measure) => measure!.evidence.map((ref) => model.index.evidence.get(ref)?.data.visibility));
      if (levels.length === 0 || levels.includes(undefined) || !levels.every((level) => level === 'internal')) continue;
      report(
        { entry, path: ['answer'] },
        `answer ${id} says yes on measures (${measures.join(', ')}) backed only by internal evidence, which customers can never see`,
        'rely also on a measure with evidence customers can see, add such evidence to the measures, or accept the warning',
      );
    }
  },
};
