import { arrivalReason, departureReason } from '../content/measure-presence.ts';
import { compareIds, type Model } from '../content/model.ts';
import type { BuiltSide } from '../documents/side.ts';
import type { DocumentChange, ItemChange, Pair } from '../documents/changes.ts';
import type { MeasureChange, TranslationChange } from './types.ts';
import { hasChanges, wordDiff } from '../documents/word-diff.ts';

/** What the diff compares of a measure: its public form plus the file and evidence ids from the model. */
interface Snapshot {
  id: string;
  title: string;
  type: string;
  status: string;
  reviewed: string;
  category?: string;
  text: string;
  satisfies: Record<string, string[]>;
  evidence: string[];
  file: string;
  /** Its texts in other languages, by language. */
  translations: Record<string, { title: string; text: string; status: string; current: boolean; file: string }>;
}

/**
 * Compares the public measures of two sides by id, never by path: a measure whose file moved to another folder or
 * was renamed is the same measure, reported as changed (with the move), not as removed and added. Internal and
 * retired measures are in no output, so they appear only when they enter or leave the public set.
 */
export function diffMeasures(base: BuiltSide, head: BuiltSide, documents: readonly DocumentChange[]): MeasureChange[] {
  const before = snapshots(base);
  const after = snapshots(head);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareIds);
  const out: MeasureChange[] = [];
  for (const id of ids) {
    const b = before.get(id);
    const h = after.get(id);
    const change = compare(b, h, base.project.model, head.project.model);
    if (!change) continue;
    change.documents = documentEffects(id, documents);
    out.push(change);
  }
  return out;
}

function snapshots(side: BuiltSide): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  for (const measure of side.view?.measures ?? []) {
    if (out.has(measure.id)) continue;
    const entry = side.project.model.index.measures.get(measure.id);
    out.set(measure.id, {
      id: measure.id,
      title: measure.title,
      type: measure.type,
      status: measure.status,
      reviewed: measure.reviewed,
      ...(measure.category ? { category: measure.category } : {}),
      text: measure.text,
      satisfies: measure.satisfies,
      evidence: entry?.data.evidence ?? [],
      file: entry?.file ?? '',
      translations: Object.fromEntries(
        Object.entries(measure.translations).map(([language, t]) => [
          language,
          {
            title: t.title,
            text: t.text,
            status: t.status,
            current: t.current,
            file: (entry?.file ?? '').replace(/\.mdx$/, `.${language}.mdx`),
          },
        ]),
      ),
    });
  }
  return out;
}

/** Translations added, removed or reworded, and those the change leaves stale (made from an earlier source text). */
function diffTranslations(b: Snapshot, h: Snapshot): TranslationChange[] {
  const out: TranslationChange[] = [];
  for (const language of [...new Set([...Object.keys(b.translations), ...Object.keys(h.translations)])].sort()) {
    const before = b.translations[language];
    const after = h.translations[language];
    const file = pair(before?.file, after?.file);
    const stale = after !== undefined && !after.current;
    if (!before) out.push({ language, file, change: 'added', stale });
    else if (!after) out.push({ language, file, change: 'removed', stale: false });
    else {
      const change: TranslationChange = { language, file, stale };
      if (before.title !== after.title) change.titleChange = pair(before.title, after.title);
      if (before.text !== after.text) change.parts = wordDiff(before.text, after.text);
      if (change.titleChange || change.parts) change.change = 'changed';
      if (before.status !== after.status) change.status = pair(before.status, after.status);
      if (change.change || change.status || (stale && before.current)) out.push(change);
    }
  }
  return out;
}

function compare(b: Snapshot | undefined, h: Snapshot | undefined, baseModel: Model, headModel: Model): MeasureChange | undefined {
  const either = (h ?? b)!;
  const common = {
    id: either.id,
    title: either.title,
    file: { base: b?.file, head: h?.file },
    moved: b !== undefined && h !== undefined && b.file !== h.file,
    controls: diffControls(b?.satisfies ?? {}, h?.satisfies ?? {}),
    evidence: diffList(b?.evidence ?? [], h?.evidence ?? []),
    documents: [],
  };
  if (!b) {
    return {
      ...common,
      change: 'added',
      reason: arrivalReason(baseModel, either.id),
      ...(h?.category ? { category: { head: h.category } } : {}),
      text: { head: h!.text },
    };
  }
  if (!h) {
    return {
      ...common,
      change: 'removed',
      reason: departureReason(headModel, either.id),
      ...(b.category ? { category: { base: b.category } } : {}),
      text: { base: b.text },
    };
  }
  const out: MeasureChange = { ...common, change: 'changed' };
  const translations = diffTranslations(b, h);
  if (translations.length) out.translations = translations;
  if (b.status !== h.status) out.status = pair(b.status, h.status);
  if (b.title !== h.title) out.titleChange = pair(b.title, h.title);
  if (b.type !== h.type) out.type = pair(b.type, h.type);
  if (b.reviewed !== h.reviewed) out.reviewed = pair(b.reviewed, h.reviewed);
  if (b.category !== h.category) out.category = pair(b.category, h.category);
  if (b.text !== h.text) {
    const parts = wordDiff(b.text, h.text);
    // Text that differs only in spacing the public text keeps (never in markup) still counts as a change.
    out.text = { base: b.text, head: h.text, ...(hasChanges(parts) ? { parts } : {}) };
  }
  const changed =
    out.moved ||
    out.status ||
    out.titleChange ||
    out.type ||
    out.reviewed ||
    'category' in out ||
    out.text ||
    out.controls.length ||
    out.evidence.added.length ||
    out.evidence.removed.length ||
    translations.length;
  return changed ? out : undefined;
}

function pair<T>(base: T | undefined, head: T | undefined): Pair<T> {
  return { ...(base !== undefined ? { base } : {}), ...(head !== undefined ? { head } : {}) };
}

/** Requirement ids gained and lost per framework; order within a framework is not a change. */
function diffControls(base: Record<string, string[]>, head: Record<string, string[]>): MeasureChange['controls'] {
  const frameworks = [...new Set([...Object.keys(base), ...Object.keys(head)])];
  return frameworks
    .map((framework) => ({ framework, ...diffList(base[framework] ?? [], head[framework] ?? []) }))
    .filter((change) => change.added.length || change.removed.length);
}

function diffList(base: readonly string[], head: readonly string[]): { added: string[]; removed: string[] } {
  return { added: head.filter((id) => !base.includes(id)), removed: base.filter((id) => !head.includes(id)) };
}

function documentEffects(id: string, documents: readonly DocumentChange[]): MeasureChange['documents'] {
  const out: MeasureChange['documents'] = [];
  for (const doc of documents) {
    if (!doc.measures) continue;
    const change: ItemChange | undefined = doc.measures.added.includes(id)
      ? 'added'
      : doc.measures.removed.includes(id)
        ? 'removed'
        : doc.measures.changed.includes(id)
          ? 'changed'
          : undefined;
    if (change) out.push({ id: doc.id, label: doc.label, change });
  }
  return out;
}
