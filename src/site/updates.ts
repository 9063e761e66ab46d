import type { DocumentSpec } from '../schema/document.ts';
import type { PublicSubprocessor } from '../schema/public.ts';
import { annexNumber } from '../documents/numbering.ts';
import { formatDate } from './format.ts';
import { routes } from './paths.ts';

/**
 * The change log customers follow: document releases (from each document's changelog) and sub-processor events
 * (from each sub-processor's history). Pure: the updates page and both Atom feeds render this list.
 */
export interface UpdateEntry {
  /**
   * Stable id, a site path plus what changed ("documents/annex-ii/1.0.0", "subprocessors/aws/added/2026-11-02").
   * Feeds turn it into a tag: URI; the same change keeps its id across builds, so readers never see it twice.
   */
  key: string;
  /** Date the change takes effect, YYYY-MM-DD. */
  date: string;
  kind: 'document' | 'subprocessor';
  title: string;
  /** What changed, one item per line. */
  details: string[];
  /** Site path of the page that shows the change (with a fragment). */
  path: string;
  /** True when the change takes effect after the build date (a notice period is running). */
  upcoming: boolean;
  /** A version of a document that is still a draft: listed as such, never shown as the latest change. */
  draft: boolean;
}

const changeVerb = { added: 'added', changed: 'changed', removed: 'removed' } as const;

export function buildUpdates(input: {
  documents: readonly DocumentSpec[];
  subprocessors: readonly PublicSubprocessor[];
  buildDate: string;
}): UpdateEntry[] {
  const entries: UpdateEntry[] = [];
  for (const doc of input.documents) {
    const { label } = annexNumber(doc.kind, doc.numbering);
    const seen = new Set<string>();
    for (const change of doc.changelog) {
      if (seen.has(change.version)) continue;
      seen.add(change.version);
      const draft = doc.status === 'draft' && change.version === doc.version ? ' (draft)' : '';
      const details = [...change.changes];
      if (change.notice) details.push(`Customers notified on ${formatDate(change.notice)}.`);
      entries.push({
        key: `documents/${doc.id}/${change.version}`,
        date: change.date,
        kind: 'document',
        title: `${label} version ${change.version}${draft}`,
        details,
        path: `${routes.documents}#${doc.id}`,
        upcoming: change.date > input.buildDate,
        draft: draft !== '',
      });
    }
  }
  for (const sub of input.subprocessors) {
    const counts = new Map<string, number>();
    for (const event of sub.history) {
      const base = `subprocessors/${sub.id}/${event.change}/${event.date}`;
      const n = (counts.get(base) ?? 0) + 1;
      counts.set(base, n);
      const details = [event.description];
      if (event.notified && event.notified !== event.date) details.push(`Customers notified on ${formatDate(event.notified)}.`);
      entries.push({
        key: n === 1 ? base : `${base}/${n}`,
        date: event.date,
        kind: 'subprocessor',
        title: `Sub-processor ${changeVerb[event.change]}: ${sub.name}`,
        details,
        path: `${routes.subprocessors}#${sub.id}`,
        upcoming: event.date > input.buildDate,
        draft: false,
      });
    }
  }
  // Newest first; the key breaks ties so that the order never depends on file order.
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
