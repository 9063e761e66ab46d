import type { Model } from '../content/model.ts';

/**
 * Lookups that tolerate items which failed their schema: such an item was already reported once, so a reference
 * to its id is not reported again as unknown.
 */
export function referenceChecker(model: Model) {
  const rejected = new Set(model.rejected.filter((item) => item.id).map((item) => `${item.kind}:${item.id}`));
  const exists = (kind: keyof Model['index'] & string, id: string): boolean =>
    (model.index[kind] as Map<string, unknown>).has(id) || rejected.has(`${kind}:${id}`);
  return {
    framework: (id: string) => exists('frameworks', id),
    evidence: (id: string) => exists('evidence', id),
    subprocessor: (id: string) => exists('subprocessors', id),
    /** True when the requirement exists, or when its framework is missing (reported by unknown-framework). */
    requirement: (framework: string, id: string) => {
      const requirements = model.index.requirements.get(framework);
      return requirements ? requirements.has(id) : true;
    },
  };
}

/** A short list of valid ids for hints: the closest few, or the first few. */
export function someIds(ids: Iterable<string>, near?: string, count = 6): string {
  const all = [...ids];
  const sorted = near ? [...all].sort((a, b) => similarity(b, near) - similarity(a, near)) : all;
  const shown = sorted
    .slice(0, count)
    .map((id) => `"${id}"`)
    .join(', ');
  return all.length > count ? `${shown}, ... (${all.length} in all)` : shown;
}

function similarity(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  return prefix * 2 - Math.abs(x.length - y.length) / 10;
}

/** The string items of a list field in a raw (schema-rejected) value, with their indexes. */
export function rawStrings(raw: unknown, key: string): [string, number][] {
  const list = (raw as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index): [string, number][] => (typeof item === 'string' ? [[item, index]] : []));
}
