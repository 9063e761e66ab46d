import type { PublicMeasure } from '../schema/public.ts';
import type { Framework, Requirement } from '../schema/framework.ts';

/**
 * Which measures satisfy which requirement, and how much of each framework is covered. A requirement counts as
 * covered only when an implemented measure satisfies it: planned measures are shown, never counted.
 */
export type RequirementState = 'covered' | 'planned' | 'gap';

export interface RequirementCoverage {
  requirement: Requirement;
  /** Implemented measures that satisfy it, in view order. */
  implemented: PublicMeasure[];
  /** Planned measures that will satisfy it. */
  planned: PublicMeasure[];
  state: RequirementState;
}

export interface FrameworkCoverage {
  framework: Framework;
  requirements: Map<string, RequirementCoverage>;
  covered: number;
  planned: number;
  total: number;
}

export function frameworkCoverage(framework: Framework, measures: readonly PublicMeasure[]): FrameworkCoverage {
  const requirements = new Map<string, RequirementCoverage>();
  for (const requirement of framework.requirements) {
    if (!requirements.has(requirement.id)) requirements.set(requirement.id, { requirement, implemented: [], planned: [], state: 'gap' });
  }
  for (const measure of measures) {
    for (const id of new Set(measure.satisfies[framework.id] ?? [])) {
      const entry = requirements.get(id);
      if (!entry) continue;
      (measure.status === 'implemented' ? entry.implemented : entry.planned).push(measure);
    }
  }
  let covered = 0;
  let planned = 0;
  for (const entry of requirements.values()) {
    entry.state = entry.implemented.length > 0 ? 'covered' : entry.planned.length > 0 ? 'planned' : 'gap';
    if (entry.state === 'covered') covered++;
    else if (entry.state === 'planned') planned++;
  }
  return { framework, requirements, covered, planned, total: requirements.size };
}

/** One cell of the matrix: the distinct requirements of a framework that a category's implemented measures cover. */
export interface MatrixCell {
  requirements: string[];
}

export interface MatrixRow {
  category: Requirement;
  /** Measures listed under the category (primary category), implemented and planned. */
  measures: number;
  cells: Record<string, MatrixCell>;
}

export interface CoverageMatrix {
  frameworks: Framework[];
  rows: MatrixRow[];
  /** Covered and total requirements per framework, over all measures. */
  totals: Record<string, { covered: number; total: number }>;
}

/**
 * The taxonomy's categories against the control frameworks: for each category, how many requirements of each
 * framework its implemented measures cover. Rows follow the taxonomy; columns follow `frameworks`.
 */
export function coverageMatrix(
  taxonomy: Framework,
  frameworks: readonly Framework[],
  measures: readonly PublicMeasure[],
  coverage: ReadonlyMap<string, FrameworkCoverage>,
): CoverageMatrix {
  const byCategory = new Map<string, PublicMeasure[]>();
  for (const measure of measures) {
    if (measure.category === undefined) continue;
    const list = byCategory.get(measure.category) ?? [];
    list.push(measure);
    byCategory.set(measure.category, list);
  }
  const rows = taxonomy.requirements.map((category): MatrixRow => {
    const listed = byCategory.get(category.id) ?? [];
    const cells: Record<string, MatrixCell> = {};
    for (const framework of frameworks) {
      const known = coverage.get(framework.id)?.requirements;
      const ids = new Set<string>();
      for (const measure of listed) {
        if (measure.status !== 'implemented') continue;
        for (const id of measure.satisfies[framework.id] ?? []) if (known?.has(id)) ids.add(id);
      }
      const order = new Map(framework.requirements.map((r, i) => [r.id, i]));
      cells[framework.id] = { requirements: [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) };
    }
    return { category, measures: listed.length, cells };
  });
  const totals: Record<string, { covered: number; total: number }> = {};
  for (const framework of frameworks) {
    const c = coverage.get(framework.id);
    totals[framework.id] = { covered: c?.covered ?? 0, total: c?.total ?? framework.requirements.length };
  }
  return { frameworks: [...frameworks], rows, totals };
}
