/**
 * Every URL the site links to, in one place. Paths are relative to the site root and end in "/" for pages; the
 * base path (from organisation.site.baseUrl, such as "/trust/") is added by `SitePaths`.
 */

export const routes = {
  home: '',
  measures: 'measures/',
  measure: (id: string) => `measures/${slug(id)}/`,
  category: (id: string) => `categories/${slug(id)}/`,
  frameworks: 'frameworks/',
  framework: (id: string) => `frameworks/${slug(id)}/`,
  subprocessors: 'subprocessors/',
  subprocessorsFeed: 'subprocessors/feed.xml',
  documents: 'documents/',
  document: (file: string) => `documents/${file}`,
  updates: 'updates/',
  updatesFeed: 'updates/feed.xml',
  search: 'search/',
  securityTxt: '.well-known/security.txt',
  sitemap: 'sitemap.xml',
  robots: 'robots.txt',
  printCss: 'print.css',
  searchScript: 'search.js',
  exportJson: 'exports/trust-center.json',
  exportCsv: 'exports/subprocessors.csv',
  answers: 'answers/',
  answerTopic: (topic: string) => `answers/${slug(topic)}/`,
  answer: (topic: string, id: string) => `answers/${slug(topic)}/#${slug(id)}`,
  exportAnswers: (format: 'json' | 'csv' | 'xlsx') => `exports/answers.${format}`,
  exportSubprocessorsJson: 'exports/subprocessors.json',
  exportSchema: (name: string) => `exports/schema/${name}.schema.json`,
} as const;

/** A URL path segment from an id: lower case, only [a-z0-9.-]. Ids are already slugs; measure ids lose case. */
export function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
}

/** Fragment id for a requirement on its framework page: "req-" + the id with punctuation as "-". */
export function anchorSlug(id: string): string {
  const core = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `req-${core || 'x'}`;
}

/** Anchors for every requirement of a framework, unique within it (a clash gets "-2", "-3"...). */
export function requirementAnchors(requirementIds: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const id of requirementIds) {
    if (out.has(id)) continue;
    const base = anchorSlug(id);
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    out.set(id, anchor);
  }
  return out;
}

/** Resolves site paths against the public base URL. */
export class SitePaths {
  /** Absolute base URL with a trailing slash, such as "https://trust.example.com/". */
  readonly siteUrl: string;
  /** Path prefix with leading and trailing slash, such as "/" or "/trust/". */
  readonly base: string;

  constructor(baseUrl: string) {
    const url = new URL(baseUrl);
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.siteUrl = url.toString();
    this.base = url.pathname;
  }

  /** Root-relative href for a site path: "measures/" -> "/measures/" (or "/trust/measures/"). */
  href(path: string): string {
    return this.base + path.replace(/^\/+/, '');
  }

  /** Absolute URL for a site path, for canonical links, feeds, the sitemap and security.txt. */
  absolute(path: string): string {
    return this.siteUrl + path.replace(/^\/+/, '');
  }

  /** The host name, for tag: URIs. */
  get host(): string {
    return new URL(this.siteUrl).host;
  }
}
