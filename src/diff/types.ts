import type { DocumentChange, Pair, SubprocessorChange, ItemChange } from '../documents/changes.ts';
import type { Finding } from '../content/finding.ts';
import type { UnknownFact } from '../schema/index.ts';
import type { WordPart } from '../documents/word-diff.ts';

/**
 * What changed between two versions of the content, in the terms legal reviews a pull request in: which contract
 * annexes change and whether their version was bumped, which measures were added, removed or reworded, which
 * sub-processors need a customer notice, and which validation findings the change introduces or fixes. Built by
 * `diffModels` (pure), rendered by `render-markdown.ts` and `render-json.ts`.
 */
export interface ChangeSet {
  base: Side;
  head: Side;
  /** The one build date both sides were loaded on (the head's), YYYY-MM-DD. */
  buildDate: string;
  /** False when one side could not be built: documents and measure texts were not compared (see `problems`). */
  documentsCompared: boolean;
  documents: DocumentChange[];
  /** Changes to public measures (implemented or planned, not retired or internal), in id order. */
  measures: MeasureChange[];
  /** Sub-processor changes, each with the customer notice Annex III's changelog records for it. */
  subprocessors: SubprocessorChange[];
  /** The notice period customers have to object (organisation.yaml `subprocessorNoticePeriod`), when set. */
  noticePeriod?: string | UnknownFact;
  evidence: EvidenceChange[];
  /** Questionnaire answers added, removed, edited, or affected by a change to a measure they rely on. */
  answers: AnswerChange[];
  findings: FindingChanges;
  /** What `validate --base` reports for this comparison: version bumps, changelog entries, notices. */
  versionFindings: Finding[];
  /** Things the diff could not compare, such as documents that could not be built at one side. */
  problems: string[];
}

export interface Side {
  /** The ref as given, or "working tree". */
  ref: string;
  /** Full commit id, when the side is a commit. */
  commit?: string;
  /** How the ref was chosen, such as "merge base of HEAD and main". */
  note?: string;
}

export interface MeasureChange {
  id: string;
  change: ItemChange;
  /** Title at the head, else at the base. */
  title: string;
  file: Pair<string>;
  /** The file moved or was renamed (same id). */
  moved: boolean;
  /** Why a measure appeared or disappeared: "new", "deleted", "retired", "made internal", "made public", ... */
  reason?: string;
  status?: Pair<string>;
  titleChange?: Pair<string>;
  type?: Pair<string>;
  /** Review date (shown on the site, not in the annexes). */
  reviewed?: Pair<string>;
  /** Primary category in the taxonomy, when it differs between the sides. */
  category?: Pair<string>;
  /** The public text: the word diff for a changed body, the whole text for an added or removed measure. */
  text?: { base?: string; head?: string; parts?: WordPart[] };
  /** Requirement ids gained and lost, per framework id. */
  controls: { framework: string; added: string[]; removed: string[] }[];
  /** Evidence ids gained and lost by the measure. */
  evidence: { added: string[]; removed: string[] };
  /** The documents (Annex II) this change affects, and how. */
  documents: { id: string; label: string; change: ItemChange }[];
  /** Its texts in other languages that were added, removed or reworded, or that the change left stale. */
  translations?: TranslationChange[];
}

/** A measure's translation at the two sides. */
export interface TranslationChange {
  language: string;
  file: Pair<string>;
  /** Added, removed or reworded; undefined when only its standing changed (such as becoming stale). */
  change?: ItemChange;
  titleChange?: Pair<string>;
  /** The word diff of a reworded translation. */
  parts?: WordPart[];
  status?: Pair<string>;
  /** At the head, the translation was made from an earlier version of the measure's text. */
  stale: boolean;
}

export interface EvidenceChange {
  id: string;
  change: ItemChange;
  title: string;
  visibility: Pair<string>;
  /** Public fields that differ (owner and internal locations are never compared or shown). */
  fields: { field: string; base?: unknown; head?: unknown }[];
}

export interface AnswerChange {
  id: string;
  question: string;
  visibility: string;
  /** `affected`: the answer is unchanged but a measure it relies on changed. */
  change: 'added' | 'removed' | 'changed' | 'affected';
  /** Fields of the answer that changed. */
  fields: string[];
  /** Measures it relies on that changed, and how: reworded, retired, now planned, made internal, deleted. */
  measures: { id: string; change: string }[];
}

export interface FindingChanges {
  /** Whether findings were computed for both sides. */
  compared: boolean;
  /** Findings at the head that the base did not have (compared by rule, file and message, not line). */
  introduced: Finding[];
  /** Findings at the base that are gone at the head. */
  fixed: Finding[];
  counts: Pair<{ errors: number; warnings: number }>;
}
