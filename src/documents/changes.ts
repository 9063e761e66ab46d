import type { DocumentSpec } from '../schema/index.ts';

/**
 * What changed in the contract documents between two versions of the content: per annex, whether what it says
 * changed and whether its version and changelog followed; per sub-processor, whether customers must be told in
 * advance (SCC Clause 9(a)). Computed by compare.ts and subprocessor-changes.ts; read by the version rules
 * (src/rules/version/) and by the diff report (src/diff/).
 */

/** A pair of values at the base and at the head; a missing side means the item does not exist there. */
export interface Pair<T> {
  base?: T;
  head?: T;
}

export type ItemChange = 'added' | 'removed' | 'changed';

export interface DocumentChange {
  id: string;
  kind: DocumentSpec['kind'];
  /** Printed label at the head (else the base), such as "Annex II". */
  label: string;
  title: string;
  change: ItemChange | 'unchanged';
  status: Pair<DocumentSpec['status']>;
  version: Pair<string>;
  /** The date from which each side's version applies. */
  effective: Pair<string>;
  hash: Pair<string>;
  file: Pair<string>;
  /** What the document says differs (its content hash changed), or it was added or removed. */
  contentChanged: boolean;
  /** Released at the base: customers may have signed the base version. */
  releasedAtBase: boolean;
  /** The head version is higher than the base version. */
  versionBumped: boolean;
  /** Versions the base's changelog lists (entries at the head for other versions are new). */
  baseChangelogVersions: string[];
  /** The changelog at each side, newest first. */
  changelog: Pair<DocumentSpec['changelog']>;
  /** The head's changelog entry for its version, when the base had no entry for that version. */
  newChangelogEntry?: DocumentSpec['changelog'][number];
  /** Annex II: ids of measures the document gains, loses or words differently. */
  measures?: { added: string[]; removed: string[]; changed: string[] };
  /** Annex III: ids of sub-processors the list gains, loses or describes differently. */
  subprocessors?: { added: string[]; removed: string[]; changed: string[] };
  /** Annex I and others: labels of the parts whose content differs. */
  parts?: string[];
}

export type NoticeLevel = 'required' | 'recommended' | 'none';

export interface SubprocessorChange {
  id: string;
  change: ItemChange;
  name: string;
  file: Pair<string>;
  /** Field names whose values differ, such as "locations". */
  fields: { field: string; base?: unknown; head?: unknown }[];
  /** History events new at the head. */
  events: { date: string; change: string; description: string; notified?: string }[];
  /**
   * Clause 9(a) of the SCCs: adding or replacing a sub-processor needs prior notice to customers. `recommended`:
   * a removal or a change of where or how data is processed, which customers are usually told about.
   */
  notice: NoticeLevel;
  noticeReason: string;
  /** Date the change takes effect, from the newest history event at the head. */
  effective?: string;
  /** The customer notice recorded for it in Annex III's changelog, when there is one (see notice.ts). */
  noticeGiven?: NoticeRecord;
}

/** A notice to customers as the changelog records it, and the objection window it opens. */
export interface NoticeRecord {
  /** The Annex III document and the version whose changelog entry carries the notice. */
  document: string;
  label: string;
  version: string;
  /** The date customers are told (the entry's `notice`). */
  date: string;
  /** The organisation's notice period (ISO 8601 duration), when it sets one. */
  period?: string;
  /** The period in days, counted from the notice date. */
  days?: number;
  /** The last day of the objection window: the notice date plus the period. */
  objectionEnds?: string;
  /** Whether the change starts no earlier than the notice and the end of the window. */
  timely?: boolean;
}
