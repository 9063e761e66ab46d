import { measureTextHash } from '../content/measure-text.ts';
import type { Model } from '../content/model.ts';
import type { Answer } from '../schema/index.ts';
import type { AnswerChange } from './types.ts';

/**
 * The questionnaire answers a change touches: answers added, removed or edited, and answers whose measures were
 * reworded, retired, made planned or deleted, so the people who send questionnaires know which answers to
 * re-check before customers receive them. Internal answers are listed too: the diff is read inside the company.
 */
export function diffAnswers(base: Model, head: Model): AnswerChange[] {
  const before = byId(base.answers.map((entry) => entry.data));
  const after = byId(head.answers.map((entry) => entry.data));
  const out: AnswerChange[] = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(id);
    const h = after.get(id);
    const answer = (h ?? b)!;
    const common = { id, question: answer.question, visibility: answer.visibility };
    if (!b || !h) {
      out.push({ ...common, change: b ? 'removed' : 'added', fields: [], measures: [] });
      continue;
    }
    const fields: string[] = (['question', 'answer', 'explanation', 'visibility', 'topic'] as const).filter(
      (field) => b[field] !== h[field],
    );
    if (b.measures.join() !== h.measures.join()) fields.push('measures');
    const measures = h.measures.flatMap((measureId) => {
      const why = measureChange(base, head, measureId);
      return why ? [{ id: measureId, change: why }] : [];
    });
    if (fields.length || measures.length) out.push({ ...common, change: fields.length ? 'changed' : 'affected', fields, measures });
  }
  return out;
}

/** How a measure an answer relies on changed between the sides, in a reviewer's words; undefined when it did not. */
function measureChange(base: Model, head: Model, id: string): string | undefined {
  const b = base.index.measures.get(id)?.data;
  const h = head.index.measures.get(id)?.data;
  if (!h) return b ? 'deleted' : undefined;
  if (!b) return undefined;
  if (b.status !== h.status) return h.status === 'retired' ? 'retired' : `now ${h.status}`;
  if (b.visibility !== h.visibility) return `made ${h.visibility}`;
  const before = measureTextHash(base, id);
  const after = measureTextHash(head, id);
  return before !== undefined && after !== undefined && before !== after ? 'reworded' : undefined;
}

function byId(answers: Answer[]): Map<string, Answer> {
  const map = new Map<string, Answer>();
  for (const answer of answers) if (!map.has(answer.id)) map.set(answer.id, answer);
  return map;
}
