import { escapeXml } from './escape.ts';
import type { UpdateEntry } from './updates.ts';
import type { SitePaths } from './paths.ts';

/** An Atom 1.0 feed (RFC 4287) of update entries. Deterministic: dates come from the entries, never the clock. */
export interface AtomFeed {
  /** Site path of the feed itself, such as "updates/feed.xml". */
  selfPath: string;
  /** Site path of the HTML page the feed mirrors. */
  pagePath: string;
  title: string;
  subtitle?: string;
  author: string;
  entries: readonly UpdateEntry[];
  /** Used as <updated> when there are no entries (the build date), YYYY-MM-DD. */
  fallbackUpdated: string;
  /** The title of an entry that takes effect later: "Sub-processor added: X (from 2026-12-01)". */
  upcomingTitle: (title: string, date: string) => string;
  /** The feed's language (xml:lang). */
  language: string;
}

/** tag: URI (RFC 4151) for an update: stable as long as the host and the change stay the same. */
export function tagUri(host: string, entry: Pick<UpdateEntry, 'key' | 'date'>): string {
  return `tag:${host},${entry.date}:${entry.key}`;
}

export function renderAtom(feed: AtomFeed, paths: SitePaths): string {
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const newest = feed.entries.reduce<string | undefined>((max, e) => (max === undefined || e.date > max ? e.date : max), undefined);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(paths.absolute(feed.selfPath))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${stamp(newest ?? feed.fallbackUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(paths.absolute(feed.selfPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(paths.absolute(feed.pagePath))}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(tagUri(paths.host, entry))}</id>`,
      `    <title>${escapeXml(entry.upcoming ? feed.upcomingTitle(entry.title, entry.date) : entry.title)}</title>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(paths.absolute(entry.path))}"/>`,
      `    <category term="${entry.kind}"/>`,
      `    <content type="text">${escapeXml(entry.details.join('\n'))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
