import type { WordPart } from './word-diff.ts';

/**
 * A comparison of two versions of each contract annex, as legal reads a redline: every section in document order,
 * changed items with their wording marked word by word (inserted, deleted), unchanged items collapsed to their
 * titles, and the facts that identify both versions (version, effective date, content hash). Pure: computed from
 * two `DocumentContent`s; the PDF renderer (src/pdf/redline/) only lays it out.
 */
export interface Redline {
  /** What is compared, such as "main (3f8a2c1)" and "working tree", or "Annex II 1.0.0" and "Annex II 1.1.0". */
  sides: { base: string; head: string };
  /** The language of the comparison's own words: the documents' when they share one, else English. */
  language: string;
  /** The day the comparison is dated (the build date), YYYY-MM-DD. */
  date: string;
  organisation: string;
  documents: RedlineDocument[];
}

export type RedlineChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** The facts that identify one version of a document. */
export interface VersionFacts {
  version: string;
  effective: string;
  status: 'draft' | 'released';
  hash: string;
}

export interface RedlineDocument {
  id: string;
  /** The language the document (its first language, when bilingual) is written in. */
  language: string;
  label: string;
  title: string;
  change: RedlineChange;
  base?: VersionFacts;
  head?: VersionFacts;
  /** One line per change, for the cover page: "TRN-01 reworded", "Postmark added (from 15 January 2027)". */
  summary: string[];
  sections: RedlineSection[];
}

export interface RedlineSection {
  /** Section number as printed in the annex ("6", "A."), when it has one. */
  number?: string;
  title: string;
  items: RedlineItem[];
}

/**
 * One measure, sub-processor, party or part. An unchanged item has no blocks: it is listed by its title only.
 * `heading` is a word diff, so a renamed measure shows its old and new title.
 */
export interface RedlineItem {
  /** Measure id or other short key printed before the heading. */
  key?: string;
  heading: WordPart[];
  change: RedlineChange;
  /** A note on the item, such as "moved from 3. Ability to restore ...". */
  note?: string;
  blocks: RedlineBlock[];
}

/** A paragraph of marked text, optionally labelled as a field ("Processing locations"). */
export interface RedlineBlock {
  label?: string;
  parts: WordPart[];
}

/** Text only one side has, as one part. */
export const inserted = (text: string): WordPart[] => (text ? [{ type: 'added', text }] : []);
export const deleted = (text: string): WordPart[] => (text ? [{ type: 'removed', text }] : []);
export const same = (text: string): WordPart[] => (text ? [{ type: 'same', text }] : []);
