import type { Answer, Certification, DocumentSpec, Evidence, Framework, Requirement, Subprocessor } from '../schema/index.ts';
import type { BuildDate } from './build-date.ts';
import type { Entry, LoadedContent, MeasureEntry } from './entry.ts';

/**
 * The loaded content with its cross-reference indexes and the build date: what rules, the public view and the
 * diff work on. Indexes keep the first item of each id; the duplicate-id rule reports the others.
 */
export interface Model extends LoadedContent {
  buildDate: BuildDate;
  index: {
    frameworks: Map<string, Entry<Framework>>;
    /** framework id -> requirement id -> requirement */
    requirements: Map<string, Map<string, Requirement>>;
    measures: Map<string, MeasureEntry>;
    evidence: Map<string, Entry<Evidence>>;
    certifications: Map<string, Entry<Certification>>;
    subprocessors: Map<string, Entry<Subprocessor>>;
    documents: Map<string, Entry<DocumentSpec>>;
    answers: Map<string, Entry<Answer>>;
  };
  /** Framework id of the taxonomy the site and Annex II group measures by. */
  taxonomyId: string;
}

export const DEFAULT_TAXONOMY = 'scc-annex-ii';

export function buildModel(content: LoadedContent, buildDate: BuildDate): Model {
  const requirements = new Map<string, Map<string, Requirement>>();
  for (const framework of content.frameworks) {
    if (requirements.has(framework.data.id)) continue;
    requirements.set(framework.data.id, byId(framework.data.requirements.map((data) => ({ data }))));
  }
  const annexII = content.documents.find((doc) => doc.data.kind === 'annex-ii');
  return {
    ...content,
    buildDate,
    index: {
      frameworks: byEntryId(content.frameworks),
      requirements,
      measures: byEntryId(content.measures),
      evidence: byEntryId(content.evidence),
      certifications: byEntryId(content.certifications),
      subprocessors: byEntryId(content.subprocessors),
      documents: byEntryId(content.documents),
      answers: byEntryId(content.answers),
    },
    taxonomyId: content.organisation?.data.site.taxonomy ?? annexII?.data.taxonomy ?? DEFAULT_TAXONOMY,
  };
}

function byEntryId<T extends { data: { id: string } }>(entries: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(entry.data.id)) map.set(entry.data.id, entry);
  return map;
}

function byId<T extends { id: string }>(items: { data: T }[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { data } of items) if (!map.has(data.id)) map.set(data.id, data);
  return map;
}

/** The category a measure is listed under in `taxonomyId`: the first id it names there. */
export function primaryCategory(measure: { satisfies: Record<string, string[]> }, taxonomyId: string): string | undefined {
  return measure.satisfies[taxonomyId]?.[0];
}

/** Compares measure ids so that ENC-2 sorts before ENC-10. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
