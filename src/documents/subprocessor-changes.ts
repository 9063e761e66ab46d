import { canonicalJson } from './canonical-hash.ts';
import type { Model } from '../content/model.ts';
import { isUnknown, type Subprocessor, type SubprocessorEvent } from '../schema/index.ts';
import type { NoticeLevel, SubprocessorChange } from './changes.ts';

/** Fields compared, in the order Annex III prints them. `history` is compared event by event. */
const FIELDS = [
  'name',
  'legalName',
  'address',
  'contact',
  'website',
  'services',
  'purpose',
  'dataCategories',
  'locations',
  'transferMechanisms',
] as const;
type Field = (typeof FIELDS)[number];

/** A different contracting entity is a replacement of the sub-processor. */
const REPLACEMENT: readonly Field[] = ['legalName'];
/** Where, what and why data is processed: customers are usually told before these change. */
const MATERIAL: readonly Field[] = ['purpose', 'services', 'dataCategories', 'locations', 'transferMechanisms'];

/**
 * Compares sub-processors by id and says which changes need notice to customers. Clause 9(a) of the SCCs
 * (Option 2, general written authorisation): the importer informs the exporter in advance "of any intended
 * changes to that list through the addition or replacement of sub-processors". Additions and replacements are
 * therefore `required`; removals and changes to where or how data is processed are `recommended`.
 */
export function diffSubprocessors(base: Model, head: Model): SubprocessorChange[] {
  const out: SubprocessorChange[] = [];
  for (const [id, entry] of head.index.subprocessors) {
    const before = base.index.subprocessors.get(id);
    const change = before ? compare(before.data, entry.data) : added(entry.data);
    if (change) out.push({ ...change, file: { base: before?.file, head: entry.file } });
  }
  for (const [id, entry] of base.index.subprocessors) {
    if (head.index.subprocessors.has(id)) continue;
    out.push({
      id,
      change: 'removed',
      name: entry.data.name,
      file: { base: entry.file },
      fields: [],
      events: [],
      notice: 'recommended',
      noticeReason:
        'its file was deleted, which also deletes its dated history; prefer keeping the file with a "removed" history event so the change feed shows when it ended',
    });
  }
  return out;
}

type Found = Omit<SubprocessorChange, 'file'>;

function added(data: Subprocessor): Found {
  const event = data.history.findLast((item) => item.change === 'added') ?? data.history.at(-1);
  return {
    id: data.id,
    change: 'added',
    name: data.name,
    fields: [],
    events: data.history.map(eventOut),
    notice: 'required',
    noticeReason: 'a new sub-processor: Clause 9(a) of the SCCs requires notice to customers before it starts processing',
    ...(event ? { effective: event.date } : {}),
  };
}

function compare(base: Subprocessor, head: Subprocessor): Found | undefined {
  const fields = FIELDS.filter((field) => canonicalJson(base[field]) !== canonicalJson(head[field])).map((field) => ({
    field,
    base: base[field],
    head: head[field],
  }));
  const seen = new Set(base.history.map((event) => canonicalJson(event)));
  const events = head.history.filter((event) => !seen.has(canonicalJson(event)));
  if (fields.length === 0 && events.length === 0) return undefined;

  const removedNow = events.some((event) => event.change === 'removed');
  const addedAgain = events.some((event) => event.change === 'added');
  const { notice, reason } = noticeFor(fields, removedNow, addedAgain);
  const effective = events.at(-1)?.date;
  return {
    id: head.id,
    change: removedNow && !addedAgain ? 'removed' : addedAgain ? 'added' : 'changed',
    name: head.name,
    fields,
    events: events.map(eventOut),
    notice,
    noticeReason: reason,
    ...(effective ? { effective } : {}),
  };
}

function noticeFor(fields: { field: string; base?: unknown }[], removed: boolean, added: boolean): { notice: NoticeLevel; reason: string } {
  if (added)
    return { notice: 'required', reason: 'the sub-processor is added again: Clause 9(a) of the SCCs requires notice before it starts' };
  // Filling in a fact that was unknown describes the same processing more completely; it changes nothing customers agreed to.
  const real = fields.filter((change) => !isUnknown(change.base));
  if (real.some((change) => (REPLACEMENT as readonly string[]).includes(change.field))) {
    return {
      notice: 'required',
      reason: 'a different contracting entity replaces the sub-processor: Clause 9(a) of the SCCs requires notice',
    };
  }
  if (removed)
    return {
      notice: 'recommended',
      reason: 'the sub-processor is removed: not an addition or replacement under Clause 9(a), but customers are usually told',
    };
  const material = real.filter((change) => (MATERIAL as readonly string[]).includes(change.field)).map((change) => change.field);
  if (material.length) {
    return {
      notice: 'recommended',
      reason: `${material.join(', ')} changed: where or how data is processed; customers are usually told in advance`,
    };
  }
  return {
    notice: 'none',
    reason: fields.length && real.length === 0 ? 'fills in facts that were unknown' : 'contact details or wording only',
  };
}

function eventOut(event: SubprocessorEvent): SubprocessorChange['events'][number] {
  return {
    date: event.date,
    change: event.change,
    description: event.description,
    ...(event.notified ? { notified: event.notified } : {}),
  };
}
