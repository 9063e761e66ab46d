import { answerTopicIds, answerTopics, type DocumentSpec } from '../schema/index.ts';
import type { PublicAnswer, PublicAnswerTranslation, PublicMeasure } from '../schema/public.ts';
import { addDuration } from './build-date.ts';
import { answerSourceHash, answerTranslationsOf, type Model } from './model.ts';

/** Who an answer list is for: the public site, or a customer under NDA (public and customer answers). */
export type AnswerAudience = 'public' | 'customer';

/**
 * The answers an audience may read, in topic order then id order, each with the measures it relies on and the
 * documents it reflects. Internal answers never enter; nor do measures customers cannot read (answer-visibility
 * reports them; they are dropped here too, the second lock on the same door).
 */
export function answersFor(
  model: Model,
  audience: AnswerAudience,
  measures: readonly PublicMeasure[],
  documents: readonly DocumentSpec[],
): PublicAnswer[] {
  const readable = new Map(measures.map((measure) => [measure.id, measure]));
  const annexII = documents.filter((doc) => doc.kind === 'annex-ii');
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const allowed = audience === 'customer' ? ['public', 'customer'] : ['public'];
  const out: PublicAnswer[] = [];
  const seen = new Set<string>();
  for (const entry of model.answers) {
    const a = entry.data;
    if (!allowed.includes(a.visibility) || seen.has(a.id)) continue;
    seen.add(a.id);
    const relied = a.measures.flatMap((id) => readable.get(id) ?? []);
    // Annex II lists implemented measures: an answer resting on one reflects the Annex II in force.
    const reflected = relied.some((measure) => measure.status === 'implemented') ? annexII : [];
    const named = a.documents.flatMap((id) => byId.get(id) ?? []);
    out.push({
      id: a.id,
      topic: a.topic,
      topicTitle: answerTopics[a.topic],
      question: a.question,
      refs: a.refs,
      answer: a.answer,
      explanation: a.explanation,
      audience: a.visibility as AnswerAudience,
      measures: relied.map((measure) => ({ id: measure.id, title: measure.title })),
      documents: [...new Set([...reflected, ...named])].map((doc) => ({
        id: doc.id,
        title: doc.title,
        version: doc.version,
        status: doc.status,
      })),
      reviewed: a.reviewed,
      nextReview: addDuration(a.reviewed, a.reviewEvery),
      language: model.language,
      translations: answerTranslations(model, entry),
    });
  }
  const rank = new Map(answerTopicIds.map((topic, index) => [topic, index]));
  return out.sort((x, y) => rank.get(x.topic)! - rank.get(y.topic)! || x.id.localeCompare(y.id, 'en'));
}

/** The answer's question and explanation in other languages, each marked current or stale against the source. */
function answerTranslations(model: Model, entry: Model['answers'][number]): Record<string, PublicAnswerTranslation> {
  const now = answerSourceHash(entry);
  const out: Record<string, PublicAnswerTranslation> = {};
  for (const [language, { data }] of answerTranslationsOf(model, entry)) {
    out[language] = {
      question: data.question,
      explanation: data.explanation,
      status: data.status,
      method: data.method,
      current: data.translates === now,
    };
  }
  return out;
}

/** How many answers per topic customers can request under NDA: the public site counts them and shows none. */
export function answersOnRequest(model: Model): Partial<Record<string, number>> {
  const counts: Partial<Record<string, number>> = {};
  const seen = new Set<string>();
  for (const { data } of model.answers) {
    if (data.visibility !== 'customer' || seen.has(data.id)) continue;
    seen.add(data.id);
    counts[data.topic] = (counts[data.topic] ?? 0) + 1;
  }
  return counts;
}

/**
 * How many customer answers rely on each measure, by measure id: a measure page counts them, as it counts evidence
 * given under NDA, so a buyer knows to ask. Each answer is counted once per measure it names.
 */
export function answersOnRequestByMeasure(model: Model): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const { data } of model.answers) {
    if (data.visibility !== 'customer' || seen.has(data.id)) continue;
    seen.add(data.id);
    for (const measure of new Set(data.measures)) counts.set(measure, (counts.get(measure) ?? 0) + 1);
  }
  return counts;
}
