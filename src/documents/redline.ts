import { formatDate } from '../content/format-date.ts';
import { compareVersions } from './semver.ts';
import type { ChangelogEntry } from '../schema/index.ts';
import { annexIIISections, annexIISections, annexISections, headingItems } from './redline-sections.ts';
import {
  deleted,
  inserted,
  type Redline,
  type RedlineChange,
  type RedlineDocument,
  type RedlineItem,
  type RedlineSection,
  type VersionFacts,
} from './redline-types.ts';
import type { DocumentContent } from './types.ts';
import type { WordPart } from './word-diff.ts';

export type { Redline, RedlineBlock, RedlineChange, RedlineDocument, RedlineItem, RedlineSection, VersionFacts } from './redline-types.ts';

/** The redline of each pair of versions given, in the order given. */
export function buildRedline(
  pairs: readonly { base?: DocumentContent; head?: DocumentContent }[],
  meta: Omit<Redline, 'documents'>,
): Redline {
  return { ...meta, documents: pairs.map(({ base, head }) => redlineDocument(base, head)) };
}

function facts(doc: DocumentContent | undefined): VersionFacts | undefined {
  return doc && { version: doc.version, effective: doc.effective, status: doc.status, hash: doc.hash };
}

export function redlineDocument(base: DocumentContent | undefined, head: DocumentContent | undefined): RedlineDocument {
  const either = (head ?? base)!;
  const change: RedlineChange = !base ? 'added' : !head ? 'removed' : base.hash === head.hash ? 'unchanged' : 'changed';
  const sections: RedlineSection[] = [];
  const front = headingItems(base, head);
  if (front.length) sections.push({ title: 'Title and introduction', items: front });
  const kind = either.body.kind;
  if (kind === 'annex-i') sections.push(...annexISections(base, head));
  if (kind === 'annex-ii') sections.push(...annexIISections(base, head));
  if (kind === 'annex-iii') sections.push(...annexIIISections(base, head));
  const changelog = changelogSection(base?.changelog ?? [], head?.changelog ?? []);
  if (changelog) sections.push(changelog);
  return {
    id: either.id,
    label: either.label,
    title: either.title,
    change,
    ...(base ? { base: facts(base) } : {}),
    ...(head ? { head: facts(head) } : {}),
    summary: summarise(sections, change),
    sections,
  };
}

/** Changelog entries the head adds (or the base had and the head lost), in full. */
function changelogSection(base: readonly ChangelogEntry[], head: readonly ChangelogEntry[]): RedlineSection | undefined {
  const known = new Set(base.map((entry) => entry.version));
  const kept = new Set(head.map((entry) => entry.version));
  const line = (entry: ChangelogEntry) =>
    `${formatDate(entry.date)}${entry.notice ? ` (customers notified ${formatDate(entry.notice)})` : ''}: ${entry.changes.map((c) => c.replace(/\s+/g, ' ').trim()).join(' ')}`;
  const added = head.filter((entry) => !known.has(entry.version)).map((entry) => ({ entry, change: 'added' as const }));
  const lost = base.filter((entry) => !kept.has(entry.version)).map((entry) => ({ entry, change: 'removed' as const }));
  const items = [...added, ...lost]
    .sort((a, b) => compareVersions(b.entry.version, a.entry.version))
    .map(({ entry, change }): RedlineItem => {
      const mark = change === 'added' ? inserted : deleted;
      return { heading: mark(`Entry for version ${entry.version}`), change, blocks: [{ parts: mark(line(entry)) }] };
    });
  return items.length ? { title: 'Document history', items } : undefined;
}

/** Cover-page lines: per section, what was added, removed and changed. */
function summarise(sections: readonly RedlineSection[], change: RedlineChange): string[] {
  if (change === 'added') return ['New document.'];
  if (change === 'removed') return ['Document withdrawn.'];
  const lines: string[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      if (item.change === 'unchanged') continue;
      const name = [item.key, plain(item.heading, item.change)].filter(Boolean).join(' ');
      const verb = { added: 'added', removed: 'removed', changed: 'changed' }[item.change];
      lines.push(`${section.title}: ${name} ${verb}${item.note ? ` (${item.note})` : ''}`);
    }
  }
  return lines.length ? lines : ['No change to what the document says (its version, dates or status differ).'];
}

/** The text of a word diff as the head reads it (the base, for a removed item). */
export function plain(parts: readonly WordPart[], change: RedlineChange): string {
  return parts
    .filter((part) => part.type === 'same' || part.type === (change === 'removed' ? 'removed' : 'added'))
    .map((part) => part.text)
    .join('');
}
