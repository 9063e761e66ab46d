import type { PublicMeasure } from '../schema/public.ts';
import type { DocumentSpec } from '../schema/document.ts';
import type { Framework, Requirement } from '../schema/framework.ts';

/**
 * Which measures are mapped to which requirement of each catalogue. A mapping says which measure addresses a
 * control; it is not an audit result, so the site shows it as a list (mapped and not mapped), never as a
 * percentage or a progress bar that a reader would take for a compliance score. Planned measures are shown with
 * their status and never make a requirement count as mapped.
 */
export type RequirementState = 'mapped' | 'planned' | 'unmapped';

export interface RequirementMapping {
  requirement: Requirement;
  /** Implemented measures mapped to it, in view order. */
  implemented: PublicMeasure[];
  /** Planned measures that will address it. */
  planned: PublicMeasure[];
  state: RequirementState;
}

export interface FrameworkMapping {
  framework: Framework;
  requirements: Map<string, RequirementMapping>;
  /** Requirements with at least one implemented measure. */
  mapped: number;
  /** Requirements with only planned measures. */
  planned: number;
  total: number;
}

export function frameworkMapping(framework: Framework, measures: readonly PublicMeasure[]): FrameworkMapping {
  const requirements = new Map<string, RequirementMapping>();
  for (const requirement of framework.requirements) {
    if (!requirements.has(requirement.id))
      requirements.set(requirement.id, { requirement, implemented: [], planned: [], state: 'unmapped' });
  }
  for (const measure of measures) {
    for (const id of new Set(measure.satisfies[framework.id] ?? [])) {
      const entry = requirements.get(id);
      if (!entry) continue;
      (measure.status === 'implemented' ? entry.implemented : entry.planned).push(measure);
    }
  }
  let mapped = 0;
  let planned = 0;
  for (const entry of requirements.values()) {
    entry.state = entry.implemented.length > 0 ? 'mapped' : entry.planned.length > 0 ? 'planned' : 'unmapped';
    if (entry.state === 'mapped') mapped++;
    else if (entry.state === 'planned') planned++;
  }
  return { framework, requirements, mapped, planned, total: requirements.size };
}

/**
 * What a released Annex II promises for a taxonomy: every category it requires has an implemented measure. The one
 * place a complete-or-not figure means something, because the validator refuses a release with a hole in it.
 */
export interface AnnexRequirement {
  /** The released document, such as Annex II version 1.0.0. */
  document: DocumentSpec;
  /** Categories the document requires, in taxonomy order. */
  required: Requirement[];
  /** Required categories no implemented measure addresses (empty for valid released content). */
  missing: Requirement[];
}

export function annexRequirements(taxonomy: Framework, documents: readonly DocumentSpec[], mapping: FrameworkMapping): AnnexRequirement[] {
  return documents
    .filter((doc) => doc.kind === 'annex-ii' && doc.status === 'released' && (doc.taxonomy ?? taxonomy.id) === taxonomy.id)
    .map((document) => {
      const wanted = new Set(document.requires);
      const required = taxonomy.requirements.filter((r) => wanted.has(r.id));
      return { document, required, missing: required.filter((r) => mapping.requirements.get(r.id)?.state !== 'mapped') };
    })
    .filter((entry) => entry.required.length > 0);
}

/** One cell of the matrix: the distinct requirements of a framework that a category's implemented measures map to. */
export interface MatrixCell {
  requirements: string[];
}

export interface MatrixRow {
  category: Requirement;
  /** Measures listed under the category (primary category), implemented and planned. */
  measures: number;
  cells: Record<string, MatrixCell>;
}

export interface MappingMatrix {
  frameworks: Framework[];
  rows: MatrixRow[];
  /** Distinct requirements of each framework mapped to implemented measures, over all measures. */
  totals: Record<string, number>;
}

/**
 * The taxonomy's categories against the control frameworks: for each category, how many requirements of each
 * framework its implemented measures are mapped to. Rows follow the taxonomy; columns follow `frameworks`.
 */
export function mappingMatrix(
  taxonomy: Framework,
  frameworks: readonly Framework[],
  measures: readonly PublicMeasure[],
  mapping: ReadonlyMap<string, FrameworkMapping>,
): MappingMatrix {
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
      const known = mapping.get(framework.id)?.requirements;
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
  const totals: Record<string, number> = {};
  for (const framework of frameworks) totals[framework.id] = mapping.get(framework.id)?.mapped ?? 0;
  return { frameworks: [...frameworks], rows, totals };
}
