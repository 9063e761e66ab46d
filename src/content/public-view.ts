import type { DocumentSpec, Evidence, Framework, Organisation, Processing, Subprocessor } from '../schema/index.ts';
import { isUnknown } from '../schema/index.ts';
import { reviewDate } from '../schema/measure.ts';
import type {
  PublicAnswer,
  PublicCertification,
  PublicEvidence,
  PublicMeasure,
  PublicSubprocessor,
  PublicTranslation,
} from '../schema/public.ts';
import { answersFor, answersOnRequest, answersOnRequestByMeasure } from './answer-view.ts';
import { addDuration, type BuildDate } from './build-date.ts';
import { validity } from './freshness.ts';
import { compareIds, primaryCategory, translationsOf, translationState, type Model } from './model.ts';
import { publicBodyText, toPublicBody } from './to-public-body.ts';

/**
 * The only data any public output may read: the site, the PDFs, feeds, the search index and exports. Internal
 * things are dropped here, once: owners, evidence locations, non-public evidence, internal and retired measures.
 * Its types have no field that could hold them, so a page cannot leak what it was never given.
 */
export interface PublicView {
  buildDate: BuildDate;
  /** Language the content is written in: of measure titles and bodies, and of the YAML text. */
  contentLanguage: string;
  organisation: Organisation;
  processing: Processing;
  /** The taxonomy the site groups measures by (the Annex II categories). */
  taxonomy: Framework;
  /** Every framework, in file order. */
  frameworks: Framework[];
  /** Public measures that are implemented or planned, in taxonomy order then id order. */
  measures: PublicMeasure[];
  /** Public evidence only. */
  evidence: PublicEvidence[];
  certifications: PublicCertification[];
  subprocessors: PublicSubprocessor[];
  documents: DocumentSpec[];
  /** Public questionnaire answers, in topic order. */
  answers: PublicAnswer[];
  /** How many further answers per topic customers can request under NDA (their questions are not public). */
  answersOnRequest: Partial<Record<string, number>>;
}

export type { PublicAnswer, PublicCertification, PublicEvidence, PublicMeasure, PublicSubprocessor };

export class PublicViewError extends Error {}

/** Builds the public view. Call only on content that validated without errors. */
export function buildPublicView(model: Model): PublicView {
  const today = model.buildDate.day;
  if (!model.organisation || !model.processing) {
    throw new PublicViewError('organisation.yaml and processing.yaml must load before outputs can be built');
  }
  const taxonomy = model.index.frameworks.get(model.taxonomyId)?.data;
  if (!taxonomy) throw new PublicViewError(`the site taxonomy "${model.taxonomyId}" is not a framework`);

  const evidence = new Map<string, PublicEvidence>();
  for (const { data } of model.evidence) {
    if (data.visibility === 'public' && !evidence.has(data.id)) evidence.set(data.id, publicEvidence(data, today));
  }
  const categoryOrder = new Map(taxonomy.requirements.map((requirement, index) => [requirement.id, index]));

  const customerAnswers = answersOnRequestByMeasure(model);
  const measures: PublicMeasure[] = [];
  for (const entry of model.measures) {
    const m = entry.data;
    // Drafts and retired measures are in no output; internal ones by definition.
    if (m.visibility !== 'public' || m.status === 'retired' || m.status === 'draft') continue;
    const parsed = entry.body.parse();
    if (!parsed.ok) throw new PublicViewError(`${entry.file}:${parsed.problems[0]!.position.line}: ${parsed.problems[0]!.message}`);
    const body = toPublicBody(parsed.tree, (id) => evidence.get(id));
    const translations: Record<string, PublicTranslation> = {};
    for (const [language, translation] of translationsOf(model, entry)) {
      const tree = translation.body.parse();
      if (!tree.ok) throw new PublicViewError(`${translation.file}:${tree.problems[0]!.position.line}: ${tree.problems[0]!.message}`);
      const translated = toPublicBody(tree.tree, (id) => evidence.get(id));
      translations[language] = {
        title: translation.data.title,
        body: translated,
        text: publicBodyText(translated),
        status: translation.data.status,
        method: translation.data.method,
        current: translationState(entry, translation) === 'current',
      };
    }
    const satisfies: Record<string, string[]> = {};
    for (const [framework, ids] of Object.entries(m.satisfies)) {
      const known = model.index.requirements.get(framework);
      if (!known) continue;
      const kept = ids.filter((id) => known.has(id));
      if (kept.length) satisfies[framework] = kept;
    }
    const evidenceLevels = m.evidence.map((id) => model.index.evidence.get(id)?.data.visibility);
    measures.push({
      id: m.id,
      language: model.language,
      title: m.title,
      type: m.type,
      status: m.status,
      reviewed: reviewDate(m),
      nextReview: addDuration(reviewDate(m), m.reviewEvery),
      category: primaryCategory({ satisfies }, taxonomy.id),
      satisfies,
      evidence: m.evidence.flatMap((id) => evidence.get(id) ?? []),
      evidenceOnRequest: evidenceLevels.filter((level) => level === 'customer').length,
      answersOnRequest: customerAnswers.get(m.id) ?? 0,
      body,
      text: publicBodyText(body),
      translations,
    });
  }
  const rank = (measure: PublicMeasure) => (measure.category === undefined ? Infinity : (categoryOrder.get(measure.category) ?? Infinity));
  measures.sort((a, b) => rank(a) - rank(b) || compareIds(a.id, b.id));

  const subprocessorNames = new Map(model.subprocessors.map(({ data }) => [data.id, data.name]));
  const certifications: PublicCertification[] = model.certifications.map(({ data }) => {
    const from = isUnknown(data.validFrom) ? undefined : data.validFrom;
    const until = isUnknown(data.validUntil) ? undefined : data.validUntil;
    const known = from !== undefined && until !== undefined;
    return {
      id: data.id,
      standard: data.standard,
      ...(isUnknown(data.issuer) ? {} : { issuer: data.issuer }),
      scope: data.scope,
      ...(from === undefined ? {} : { validFrom: from }),
      ...(until === undefined ? {} : { validUntil: until }),
      validity: known ? validity(today, until, from) : 'unverified',
      ...(data.inheritedFrom
        ? { inheritedFrom: { id: data.inheritedFrom, name: subprocessorNames.get(data.inheritedFrom) ?? data.inheritedFrom } }
        : {}),
      ...(data.framework ? { framework: data.framework } : {}),
      ...(data.url ? { url: data.url } : {}),
      evidence: data.evidence.flatMap((id) => evidence.get(id) ?? []),
    };
  });

  const documents = model.documents.map(({ data }) => data);
  const subprocessors: PublicSubprocessor[] = model.subprocessors.map(({ data }) => ({ ...data, ...subprocessorState(data, today) }));

  return {
    buildDate: model.buildDate,
    contentLanguage: model.language,
    organisation: model.organisation.data,
    processing: model.processing.data,
    taxonomy,
    frameworks: model.frameworks.map(({ data }) => data),
    measures,
    evidence: [...evidence.values()],
    certifications,
    subprocessors,
    documents,
    answers: answersFor(model, 'public', measures, documents),
    answersOnRequest: answersOnRequest(model),
  };
}

function publicEvidence(data: Evidence, today: string): PublicEvidence {
  return {
    id: data.id,
    title: data.title,
    kind: data.kind,
    ...(data.issued ? { issued: data.issued } : {}),
    ...(data.validUntil ? { validUntil: data.validUntil } : {}),
    ...(/^https?:\/\//i.test(data.location) ? { url: data.location } : {}),
    ...(data.description ? { description: data.description } : {}),
    validity: validity(today, data.validUntil),
  };
}

/** When a sub-processor started, whether it is active on the build date, and until when when its removal is announced. */
function subprocessorState(data: Subprocessor, today: string): Pick<PublicSubprocessor, 'since' | 'state' | 'until'> {
  const added = data.history.find((event) => event.change === 'added');
  const since = added?.date ?? data.history[0]?.date ?? today;
  const past = data.history.filter((event) => event.date <= today);
  const last = past.at(-1);
  const state = past.length === 0 ? 'upcoming' : last?.change === 'removed' ? 'removed' : 'active';
  const removal = state === 'removed' ? undefined : data.history.find((event) => event.date > today && event.change === 'removed');
  return { since, state, ...(removal ? { until: removal.date } : {}) };
}
