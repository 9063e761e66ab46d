import type { Project } from '../../content/project.ts';
import type { ChangelogEntry, DocumentSpec, UnknownFact } from '../../schema/index.ts';
import type { Entry } from '../../content/entry.ts';
import type { DocumentChange, SubprocessorChange } from '../../documents/changes.ts';
import { diffDocuments } from '../../documents/compare.ts';
import { attachNotices } from '../../documents/notice.ts';
import { buildSide } from '../../documents/side.ts';
import { diffSubprocessors } from '../../documents/subprocessor-changes.ts';

/**
 * What the version rules compare: the content at a base ref (what customers may have signed) and, per document
 * and sub-processor, what changed since. Built once per validation and shared with the diff report, which shows
 * the same changes to people.
 */
export interface BaseComparison {
  /** The base ref as given, such as "origin/main". */
  ref: string;
  base: Project;
  /** Document changes; empty when either side cannot be built (the diff says why). */
  documents: DocumentChange[];
  /** Sub-processor changes, each with the notice Annex III's changelog records for it. */
  subprocessors: SubprocessorChange[];
  /** The head's notice period for sub-processor changes (organisation.yaml), when set. */
  noticePeriod?: string | UnknownFact;
}

export function compareWithBase(base: Project, head: Project, ref: string): BaseComparison {
  const b = buildSide(base);
  const h = buildSide(head);
  const documents = b.error || h.error ? [] : diffDocuments(b, h);
  const subprocessors = diffSubprocessors(base.model, head.model);
  const noticePeriod = head.model.organisation?.data.subprocessorNoticePeriod;
  attachNotices(subprocessors, documents, noticePeriod);
  return { ref, base, documents, subprocessors, ...(noticePeriod !== undefined ? { noticePeriod } : {}) };
}

/** Changelog entries at the head for versions the base's changelog did not have. */
export function newEntries(doc: DocumentChange, entry: Entry<DocumentSpec>): ChangelogEntry[] {
  const before = new Set(doc.baseChangelogVersions ?? []);
  return entry.data.changelog.filter((item) => !before.has(item.version));
}

/** What a document change consists of, in one line for a finding. */
export function changeSummary(doc: DocumentChange): string {
  const parts: string[] = [];
  const list = (label: string, ids: string[] | undefined) => {
    if (ids?.length) parts.push(`${label}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`);
  };
  list('measures added', doc.measures?.added);
  list('measures removed', doc.measures?.removed);
  list('measures changed', doc.measures?.changed);
  list('sub-processors added', doc.subprocessors?.added);
  list('sub-processors removed', doc.subprocessors?.removed);
  list('sub-processors changed', doc.subprocessors?.changed);
  list('changed', doc.parts);
  return parts.join('; ') || 'its content hash differs';
}

/** Where the changelog of a document is, or its version when the changelog is empty. */
export function changelogPath(entry: Entry<DocumentSpec>): readonly PropertyKey[] {
  return entry.data.changelog.length ? ['changelog'] : ['version'];
}
