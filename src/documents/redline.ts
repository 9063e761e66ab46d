import { translator, type Translator } from '../i18n/translator.ts';
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
  meta: Omit<Redline, 'documents' | 'language'>,
): Redline {
  const documents = pairs.map(({ base, head }) => redlineDocument(base, head));
  // The comparison's own words are in the documents' language when they share one, else in English.
  const languages = new Set(documents.map((doc) => doc.language));
  return { ...meta, language: languages.size === 1 ? [...languages][0]! : 'en', documents };
}

function facts(doc: DocumentContent | undefined): VersionFacts | undefined {
  return doc && { version: doc.version, effective: doc.effective, status: doc.status, hash: doc.hash };
}

export function redlineDocument(base: DocumentContent | undefined, head: DocumentContent | undefined): RedlineDocument {
  const either = (head ?? base)!;
  const t = translator(either.language);
  const change: RedlineChange = !base ? 'added' : !head ? 'removed' : base.hash === head.hash ? 'unchanged' : 'changed';
  const sections: RedlineSection[] = [];
  const front = headingItems(base, head, t);
  if (front.length) sections.push({ title: t.t('redline.titleIntro'), items: front });
  const kind = either.body.kind;
  if (kind === 'annex-i') sections.push(...annexISections(base, head, t));
  if (kind === 'annex-ii') sections.push(...annexIISections(base, head, t));
  if (kind === 'annex-iii') sections.push(...annexIIISections(base, head, t));
  const changelog = changelogSection(base?.changelog ?? [], head?.changelog ?? [], t);
  if (changelog) sections.push(changelog);
  return {
    id: either.id,
    language: either.language,
    label: either.label,
    title: either.title,
    change,
    ...(base ? { base: facts(base) } : {}),
    ...(head ? { head: facts(head) } : {}),
    summary: summarise(sections, change, t),
    sections,
  };
}

/** Changelog entries the head adds (or the base had and the head lost), in full. */
function changelogSection(base: readonly ChangelogEntry[], head: readonly ChangelogEntry[], t: Translator): RedlineSection | undefined {
  const known = new Set(base.map((entry) => entry.version));
  const kept = new Set(head.map((entry) => entry.version));
  const line = (entry: ChangelogEntry) =>
    `${t.date(entry.date)}${entry.notice ? t.t('redline.notified', { date: t.date(entry.notice) }) : ''}: ${entry.changes.map((c) => c.replace(/\s+/g, ' ').trim()).join(' ')}`;
  const added = head.filter((entry) => !known.has(entry.version)).map((entry) => ({ entry, change: 'added' as const }));
  const lost = base.filter((entry) => !kept.has(entry.version)).map((entry) => ({ entry, change: 'removed' as const }));
  const items = [...added, ...lost]
    .sort((a, b) => compareVersions(b.entry.version, a.entry.version))
    .map(({ entry, change }): RedlineItem => {
      const mark = change === 'added' ? inserted : deleted;
      return { heading: mark(t.t('redline.entryFor', { version: entry.version })), change, blocks: [{ parts: mark(line(entry)) }] };
    });
  return items.length ? { title: t.t('redline.history'), items } : undefined;
}

/** Cover-page lines: per section, what was added, removed and changed. */
function summarise(sections: readonly RedlineSection[], change: RedlineChange, t: Translator): string[] {
  if (change === 'added') return [t.t('redline.newDocument')];
  if (change === 'removed') return [t.t('redline.documentWithdrawn')];
  const lines: string[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      if (item.change === 'unchanged') continue;
      const name = [item.key, plain(item.heading, item.change)].filter(Boolean).join(' ');
      const verb = t.t(`redline.${item.change}`);
      lines.push(`${section.title}: ${name} ${verb}${item.note ? ` (${item.note})` : ''}`);
    }
  }
  return lines.length ? lines : [t.t('redline.noChange')];
}

/** The text of a word diff as the head reads it (the base, for a removed item). */
export function plain(parts: readonly WordPart[], change: RedlineChange): string {
  return parts
    .filter((part) => part.type === 'same' || part.type === (change === 'removed' ? 'removed' : 'added'))
    .map((part) => part.text)
    .join('');
}
