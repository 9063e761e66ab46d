import { addDuration, daysBetween } from '../content/build-date.ts';
import { isUnknown, type UnknownFact } from '../schema/index.ts';
import type { DocumentChange, NoticeRecord, SubprocessorChange } from './changes.ts';

/**
 * Ties each sub-processor change that customers are (or are usually) told about to the notice that announces it:
 * the earliest notice date among Annex III's new changelog entries, the objection window that notice opens (the
 * organisation's `subprocessorNoticePeriod`), and whether the change starts no earlier than the window ends.
 * The version rule and the diff report both read the result, so they give the same dates.
 */
export function attachNotices(
  subprocessors: SubprocessorChange[],
  documents: readonly DocumentChange[],
  period: string | UnknownFact | undefined,
): void {
  const record = announcement(documents);
  if (!record) return;
  for (const sub of subprocessors) {
    if (sub.notice === 'none') continue;
    sub.noticeGiven = windowFor(record, sub.effective, period);
  }
}

/** The earliest new Annex III changelog entry with a notice date, with its document and version. */
function announcement(documents: readonly DocumentChange[]): Omit<NoticeRecord, 'timely'> | undefined {
  const found: Omit<NoticeRecord, 'timely'>[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'annex-iii' || doc.change === 'removed') continue;
    const before = new Set(doc.baseChangelogVersions);
    for (const item of doc.changelog.head ?? []) {
      if (before.has(item.version) || item.notice === undefined) continue;
      found.push({ document: doc.id, label: doc.label, version: item.version, date: item.notice });
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
}

function windowFor(
  record: Omit<NoticeRecord, 'timely'>,
  starts: string | undefined,
  period: string | UnknownFact | undefined,
): NoticeRecord {
  const known = period !== undefined && !isUnknown(period) ? period : undefined;
  const ends = known ? addDuration(record.date, known) : undefined;
  return {
    ...record,
    ...(known ? { period: known, days: daysBetween(record.date, ends!), objectionEnds: ends } : {}),
    ...(starts ? { timely: starts >= (ends ?? record.date) && starts >= record.date } : {}),
  };
}
