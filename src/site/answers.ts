import type { LocalAnswer, LocalView } from '../content/localise.ts';
import type { PublicView } from '../content/public-view.ts';
import { annexNumber } from '../documents/numbering.ts';
import { translator, type Translator } from '../i18n/translator.ts';
import { answerTopicIds, type AnswerTopic, type AnswerValue } from '../schema/answer.ts';
import type { PublicAnswer } from '../schema/public.ts';
import type { Tone } from './format.ts';

/** The tone of each short answer's badge. */
export const answerTone: Record<AnswerValue, Tone> = { yes: 'good', partial: 'warn', no: 'neutral', 'not-applicable': 'neutral' };

/** "Yes" / "Ja": a short answer in the page's (or the spreadsheet's) language. */
export function answerValue(value: AnswerValue, t: Translator): string {
  return t.t(`answers.value.${value}`);
}

/** "Encryption" / "Verschlüsselung": a topic's title in the page's language. */
export function topicTitle(topic: AnswerTopic, t: Translator): string {
  return t.t(`answers.topic.${topic}`);
}

/** Names of the questionnaire catalogues answers cite; an unknown key is shown as written. */
const catalogues: Record<string, string> = {
  'ccm-v4': 'CSA CCM v4',
  'caiq-v4': 'CAIQ v4',
  'sig-lite': 'SIG Lite',
  sig: 'SIG',
  vsaq: 'VSA',
  hecvat: 'HECVAT',
};

export function catalogueLabel(id: string): string {
  return catalogues[id] ?? id;
}

/** "CSA CCM v4 CEK-03; SIG Lite D.1" */
export function refsText(refs: Record<string, string[]>): string {
  return Object.entries(refs)
    .map(([catalogue, ids]) => `${catalogueLabel(catalogue)} ${ids.join(', ')}`)
    .join('; ');
}

/**
 * "Annex II 1.0.0", "Anhang III 0.1.0 (Entwurf)": how an answer names a document version it reflects, in `t`'s
 * language (English in answers.json, a machine format whose labels are English).
 */
export function documentVersionLabel(
  doc: PublicAnswer['documents'][number],
  view: Pick<PublicView, 'documents'>,
  t: Translator = translator('en'),
  languages?: string,
): string {
  const spec = view.documents.find((candidate) => candidate.id === doc.id);
  const label = spec ? annexNumber(spec.kind, spec.numbering, t).label : doc.title;
  const params = { label, version: doc.version };
  if (languages) return t.t(doc.status === 'draft' ? 'answers.documentDraftIn' : 'answers.documentIn', { ...params, languages });
  return t.t(doc.status === 'draft' ? 'answers.documentDraft' : 'answers.documentVersion', params);
}

/**
 * The labels of the documents an answer reflects, in the page's language. Two of the same kind (an English and a
 * German Annex II) would read alike, so those also name their languages: "Annex II 1.0.0 (English)".
 */
export function documentLabels(
  docs: readonly PublicAnswer['documents'][number][],
  view: Pick<PublicView, 'documents' | 'contentLanguage'>,
  t: Translator,
): string[] {
  const specs = docs.map((doc) => view.documents.find((candidate) => candidate.id === doc.id));
  return docs.map((doc, i) => {
    const spec = specs[i];
    const alike = spec !== undefined && specs.filter((other) => other?.kind === spec.kind).length > 1;
    const languages = alike ? (spec.languages ?? [spec.language ?? view.contentLanguage]).map((tag) => t.languageName(tag)) : [];
    return documentVersionLabel(doc, view, t, languages.length ? t.list(languages) : undefined);
  });
}

export interface TopicSection {
  id: AnswerTopic;
  title: string;
  answers: LocalAnswer[];
  /** Customer answers on this topic, counted but not shown. */
  onRequest: number;
}

const sectionsMemo = new WeakMap<LocalView, TopicSection[]>();
const byMeasureMemo = new WeakMap<LocalView, Map<string, LocalAnswer[]>>();

/** The answers page's sections: every topic with a public answer or one available on request, in topic order. */
export function answerSections(view: LocalView, t: Translator): TopicSection[] {
  let sections = sectionsMemo.get(view);
  if (!sections) {
    sections = answerTopicIds
      .map((id) => ({
        id,
        title: topicTitle(id, t),
        answers: view.answers.filter((answer) => answer.topic === id),
        onRequest: view.answersOnRequest[id] ?? 0,
      }))
      .filter((section) => section.answers.length > 0 || section.onRequest > 0);
    sectionsMemo.set(view, sections);
  }
  return sections;
}

/** Public answers by the measures they rely on, for the measure pages. */
export function answersByMeasure(view: LocalView): Map<string, LocalAnswer[]> {
  let map = byMeasureMemo.get(view);
  if (!map) {
    map = new Map();
    for (const answer of view.answers) {
      for (const measure of answer.measures) map.set(measure.id, [...(map.get(measure.id) ?? []), answer]);
    }
    byMeasureMemo.set(view, map);
  }
  return map;
}
