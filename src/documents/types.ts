import type { BuildDate } from '../content/build-date.ts';
import type { PublicBody } from '../schema/public-body.ts';
import type { ChangelogEntry, Contact, DocumentSpec, UnknownFact } from '../schema/index.ts';

/**
 * What a contract annex says, computed once from the public view (see `build.ts`). The PDF renderer, the site's
 * documents page, the diff and the version rule all read this one structure, and `hash` is the canonical hash of
 * everything the document states (not its version, date, status or changelog): a version bump is due exactly when
 * the hash changes.
 */
export interface DocumentContent {
  /** Document id, also the PDF file name (`annex-ii` -> `annex-ii.pdf`). */
  id: string;
  kind: DocumentSpec['kind'];
  /** Roman annex number under the document's numbering, such as "II". */
  annexNumber: string;
  /** Printed label, such as "Annex II". */
  label: string;
  numbering: DocumentSpec['numbering'];
  title: string;
  preamble?: string;
  version: string;
  effective: string;
  status: DocumentSpec['status'];
  /** Language of `label`, `title`, `preamble` and `body`: the document's language, or the first of a bilingual one. */
  language: string;
  /**
   * A bilingual document's second language version: every item of `body` again, in the same order. Renderers
   * print each item in the first language, then in the second.
   */
  second?: DocumentText;
  /** Bilingual documents: the language whose version prevails, and the clause saying so in each language. */
  prevailing?: { language: string; clause: Record<string, string> };
  changelog: ChangelogEntry[];
  /** The organisation issuing the document. */
  organisation: { name: string; legalName: string | UnknownFact };
  /** Who signs for the organisation. */
  signatory: { name: string; role: string } | UnknownFact;
  /**
   * The signature block every annex ends with: one entry per Annex I party. Not part of `hash`: who signs, and
   * where, is not what the annex states (and a signatory's name would otherwise change every annex's version).
   */
  signatures: SignatureParty[];
  /** The build date the document was produced on. */
  buildDate: BuildDate;
  /** Facts the document needs that the content marks unknown, as readable field labels. Non-empty keeps it a draft. */
  unknowns: string[];
  /**
   * Where the translations the document prints stand, per language (not part of `hash`: a review changes no word).
   * A released document has none missing, none unreviewed (the translation rules see to it).
   */
  translationNotes: TranslationNotes[];
  body: DocumentBody;
  /**
   * Lower-case hex SHA-256 of the canonical JSON of `label`, `title`, `preamble`, the organisation and `body` (and,
   * for a bilingual document, `second` and `prevailing`).
   */
  hash: string;
}

export type DocumentBody = AnnexIBody | AnnexIIBody | AnnexIIIBody;

/** The second language version of a bilingual document. */
export interface DocumentText {
  language: string;
  label: string;
  title: string;
  preamble?: string;
  body: DocumentBody;
}

/** Measures whose text in `language` is missing, an unreviewed draft, or made from an earlier source text. */
export interface TranslationNotes {
  language: string;
  /** Measure ids, in the document's order. */
  missing: string[];
  unreviewed: string[];
  /** How many of the unreviewed translations are machine-assisted. */
  machineAssisted: number;
  stale: string[];
}

/** One party's place in an annex's signature block. */
export interface SignatureParty {
  /** "Data exporter" or "Data importer", numbered when Annex I lists several. */
  heading: string;
  /** Which side of the transfer the party is on. */
  side: 'exporter' | 'importer';
  /** Its number when Annex I lists several parties on its side. */
  number?: number;
  role: 'controller' | 'processor';
  /** The party as Annex I names it, such as "The customer identified in the Agreement". */
  name: string;
  /** Who signs for the party; unknown prints as blank lines to fill in by hand. */
  signatory: { name: string; role: string } | UnknownFact;
  /**
   * True for the organisation, which signs the PDF itself (its certification signature); every other party gets
   * an empty signature field to countersign in.
   */
  signsElectronically: boolean;
}

/** A value that may be explicitly unknown. Renderers print unknowns as a visible gap. */
export type Maybe<T> = T | UnknownFact;

export interface AnnexParty {
  name: string;
  address: Maybe<string>;
  contact: Maybe<Contact>;
  activities: Maybe<string>;
  role: 'controller' | 'processor';
}

/** Annex I: A. parties, B. description of the processing (SCC order), C. competent supervisory authority. */
export interface AnnexIBody {
  kind: 'annex-i';
  exporters: AnnexParty[];
  importers: AnnexParty[];
  /** Annex I.B items in the order the SCCs give them. */
  description: { key: string; label: string; value: Maybe<string | string[]> }[];
  authority: Maybe<{ name: string; basis?: string }>;
}

/** A framework requirement a measure satisfies, ready to print. */
export interface ControlRef {
  id: string;
  title: string;
}

/** One measure as an annex prints it. */
export interface AnnexMeasure {
  id: string;
  title: string;
  /** Set when the measure has no text in the document's language: the language its title and body are in. */
  lang?: string;
  type: 'technical' | 'organisational';
  body: PublicBody;
  /** Controls satisfied, per framework in the document's appendix order. */
  controls: { framework: string; shortTitle: string; requirements: ControlRef[] }[];
}

export interface AnnexCategory {
  /** Requirement id in the taxonomy, such as "pseudonymisation-encryption". */
  id: string;
  /** 1-based position in the taxonomy. */
  order: number;
  title: string;
  /** Set when the title has no version in the document's language: the language it is in. */
  lang?: string;
  /** The group heading the category is printed under, when the taxonomy prints its groups. */
  group?: string;
  /** Measures whose primary category this is, in id order. */
  measures: AnnexMeasure[];
  /** Measures printed under another category that also serve this one. */
  seeAlso: { id: string; title: string; lang?: string }[];
}

/** Annex II: measures grouped under the taxonomy's categories, plus the optional control-mapping appendix. */
export interface AnnexIIBody {
  kind: 'annex-ii';
  taxonomy: { id: string; title: string };
  /**
   * The taxonomy's groups, when it prints them as headings (`groupHeadings`, such as Confidentiality, Integrity …
   * of the German Art. 32 objectives); each category names its group.
   */
  groups?: { id: string; title: string; lang?: string }[];
  /** What one category is called, when the taxonomy is not the SCC categories ("control objective"). */
  requirementLabel?: string;
  /** Every category of the taxonomy in its order; a category may be empty (renderers say so). */
  categories: AnnexCategory[];
  appendix?: {
    /**
     * Columns of the table. `titles`, for a framework whose ids are slugs (a taxonomy), holds the requirement titles
     * to print instead of the ids.
     */
    frameworks: { id: string; shortTitle: string; title: string; titles?: Record<string, string> }[];
    rows: { measureId: string; title: string; controls: Record<string, string[]> }[];
  };
}

export interface AnnexSubprocessor {
  id: string;
  name: string;
  legalName: Maybe<string>;
  address: Maybe<string>;
  contact: Maybe<Contact>;
  purpose: string;
  dataCategories: Maybe<string[]>;
  /** Country names with codes, such as "Ireland (IE)". */
  locations: Maybe<string[]>;
  /** Readable transfer mechanisms, such as "Standard Contractual Clauses". */
  transferMechanisms: Maybe<string[]>;
  services: string[];
  /** Authorised from this date on: it starts after the document's effective date (announced by the notice). */
  from?: string;
  /** Authorised until this date: its removal takes effect after the document's effective date. */
  until?: string;
}

/** Annex III: the sub-processors the controller has authorised. */
export interface AnnexIIIBody {
  kind: 'annex-iii';
  /** "The controller has authorised the use of the following sub-processors:" */
  intro: string;
  subprocessors: AnnexSubprocessor[];
}
