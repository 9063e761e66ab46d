import type { Answer, Certification, DocumentSpec, Evidence, Framework, Requirement, Subprocessor } from '../schema/index.ts';
import type { BuildDate } from './build-date.ts';
import type { AnswerTranslationEntry, Entry, LoadedContent, MeasureEntry, TranslationEntry } from './entry.ts';
import { translationHash } from './translation-hash.ts';

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
    /** measure file -> language -> its translation (the first file per language). */
    translations: Map<string, Map<string, TranslationEntry>>;
    answers: Map<string, Entry<Answer>>;
    /** answer file -> language -> its translation (the first file per language). */
    answerTranslations: Map<string, Map<string, AnswerTranslationEntry>>;
  };
  /** Framework id of the taxonomy the site and Annex II group measures by. */
  taxonomyId: string;
  /** Language the content is written in (organisation.language, else the first site language, else "en"). */
  language: string;
}

export const DEFAULT_TAXONOMY = 'scc-annex-ii';

export function buildModel(content: LoadedContent, buildDate: BuildDate): Model {
  const requirements = new Map<string, Map<string, Requirement>>();
  for (const framework of content.frameworks) {
    if (requirements.has(framework.data.id)) continue;
    requirements.set(framework.data.id, byId(framework.data.requirements.map((data) => ({ data }))));
  }
  const annexII = content.documents.find((doc) => doc.data.kind === 'annex-ii');
  const translations = bySource(content.translations);
  const answerTranslations = bySource(content.answerTranslations);
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
      translations,
      answers: byEntryId(content.answers),
      answerTranslations,
    },
    taxonomyId: content.organisation?.data.site.taxonomy ?? annexII?.data.taxonomy ?? DEFAULT_TAXONOMY,
    language: contentLanguage(content.organisation?.data),
  };
}

/** The language content is written in: `organisation.language`, else the first site language, else English. */
export function contentLanguage(organisation: { language?: string; site: { languages: string[] } } | undefined): string {
  return organisation?.language ?? organisation?.site.languages[0] ?? 'en';
}

/** Where a translation stands against its measure's current text. */
export type TranslationState = 'current' | 'stale';

/** Whether a translation was made from the measure's current text. */
export function translationState(measure: MeasureEntry, translation: TranslationEntry): TranslationState {
  return translation.data.translates === sourceHash(measure) ? 'current' : 'stale';
}

/** The translation hash of a measure's current title and body. */
export function sourceHash(measure: MeasureEntry): string {
  return translationHash({ title: measure.data.title, body: measure.body.source });
}

/** The translations of a measure, by language. */
export function translationsOf(model: Pick<Model, 'index'>, measure: MeasureEntry): Map<string, TranslationEntry> {
  return model.index.translations.get(measure.file) ?? new Map();
}

/** The translations of an answer, by language. */
export function answerTranslationsOf(model: Pick<Model, 'index'>, answer: Entry<Answer>): Map<string, AnswerTranslationEntry> {
  return model.index.answerTranslations.get(answer.file) ?? new Map();
}

/** The translation hash of an answer's current question and explanation. */
export function answerSourceHash(answer: Entry<Answer>): string {
  return translationHash({ title: answer.data.question, body: answer.data.explanation });
}

/** Translations by the file they translate, then by language (the first file per language). */
function bySource<T extends { sourceFile: string; language: string }>(entries: readonly T[]): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    const byLanguage = out.get(entry.sourceFile) ?? new Map<string, T>();
    if (!byLanguage.has(entry.language)) byLanguage.set(entry.language, entry);
    out.set(entry.sourceFile, byLanguage);
  }
  return out;
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
  return (idCollator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

// One collator for every comparison, made on first use: `localeCompare` with options sets up a new one each call,
// and sorting 10,000 measures makes over a hundred thousand calls.
let idCollator: Intl.Collator | undefined;
