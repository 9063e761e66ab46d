import type { PublicView } from '../content/public-view.ts';
import { annexNumber } from '../documents/numbering.ts';
import { answerTopicIds, answerTopics, answerValueLabels, type AnswerTopic, type AnswerValue } from '../schema/answer.ts';
import type { PublicAnswer } from '../schema/public.ts';
import type { Tone } from './format.ts';

/** How each short answer reads on the site and in spreadsheets. */
export const answerLabels: Record<AnswerValue, { label: string; tone: Tone }> = {
  yes: { label: answerValueLabels.yes, tone: 'good' },
  partial: { label: answerValueLabels.partial, tone: 'warn' },
  no: { label: answerValueLabels.no, tone: 'neutral' },
  'not-applicable': { label: answerValueLabels['not-applicable'], tone: 'neutral' },
};

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

/** "Annex II 1.0.0", "Annex III 0.1.0 (draft)": how an answer names a document version it reflects. */
export function documentVersionLabel(doc: PublicAnswer['documents'][number], view: Pick<PublicView, 'documents'>): string {
  const spec = view.documents.find((candidate) => candidate.id === doc.id);
  const name = spec ? annexNumber(spec.kind, spec.numbering).label : doc.title;
  return `${name} ${doc.version}${doc.status === 'draft' ? ' (draft)' : ''}`;
}

export interface TopicSection {
  id: AnswerTopic;
  title: string;
  answers: PublicAnswer[];
  /** Customer answers on this topic, counted but not shown. */
  onRequest: number;
}

const sectionsMemo = new WeakMap<PublicView, TopicSection[]>();
const byMeasureMemo = new WeakMap<PublicView, Map<string, PublicAnswer[]>>();

/** The answers page's sections: every topic with a public answer or one available on request, in topic order. */
export function answerSections(view: PublicView): TopicSection[] {
  let sections = sectionsMemo.get(view);
  if (!sections) {
    sections = answerTopicIds
      .map((id) => ({
        id,
        title: answerTopics[id],
        answers: view.answers.filter((answer) => answer.topic === id),
        onRequest: view.answersOnRequest[id] ?? 0,
      }))
      .filter((section) => section.answers.length > 0 || section.onRequest > 0);
    sectionsMemo.set(view, sections);
  }
  return sections;
}

/** Public answers by the measures they rely on, for the measure pages. */
export function answersByMeasure(view: PublicView): Map<string, PublicAnswer[]> {
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
