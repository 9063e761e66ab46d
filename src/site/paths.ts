/**
 * Every URL the site links to, in one place. Paths are relative to the site root and end in "/" for pages; the
 * base path (from organisation.site.baseUrl, such as "/trust/") and, on a site in several languages, the language
 * ("de/") are added by `SitePaths`: `href` for pages and feeds (one per language), `file` for what exists once
 * (PDFs, exports, security.txt, the search script and index).
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
  languagesCss: 'languages.css',
  searchScript: 'search.js',
  searchMessages: 'search-messages.json',
  exportJson: 'exports/trust-center.json',
  /** The sub-processor list as CSV; in a language other than the site's first it is subprocessors.de.csv. */
  exportSubprocessorsCsv: (language?: string) => (language ? `exports/subprocessors.${slug(language)}.csv` : 'exports/subprocessors.csv'),
  answers: 'answers/',
  answerTopic: (topic: string) => `answers/${slug(topic)}/`,
  answer: (topic: string, id: string) => `answers/${slug(topic)}/#${slug(id)}`,
  /** The answers export; a spreadsheet in a language other than the site's first names it: answers.de.xlsx. */
  exportAnswers: (format: 'json' | 'csv' | 'xlsx', language?: string) =>
    language ? `exports/answers.${slug(language)}.${format}` : `exports/answers.${format}`,
  exportSubprocessorsJson: 'exports/subprocessors.json',
  exportSchema: (name: string) => `exports/schema/${name}.schema.json`,
} as const;

/**
 * The language a file published once per site language names in its address: none for the site's first language
 * (so its file keeps the address it had before the site spoke more than one), the language for each other.
 */
export function fileLanguage(language: string, languages: readonly string[]): string | undefined {
  return language === languages[0] ? undefined : language;
}

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
  /** The language segment of pages on a site in several languages, such as "de/"; empty on a site in one. */
  readonly prefix: string;

  /** `language`: the language of the pages, on a site in several languages (their paths start with it). */
  constructor(baseUrl: string, language?: string) {
    const url = new URL(baseUrl);
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.siteUrl = url.toString();
    this.base = url.pathname;
    this.prefix = language ? `${slug(language)}/` : '';
  }

  /** Root-relative href for a page or feed: "measures/" -> "/measures/" (or "/trust/de/measures/"). */
  href(path: string): string {
    return this.base + this.prefix + path.replace(/^\/+/, '');
  }

  /** Root-relative href for a file the site holds once, whatever the language: PDFs, exports, scripts. */
  file(path: string): string {
    return this.base + path.replace(/^\/+/, '');
  }

  /** Absolute URL of a page or feed, for canonical links, feeds and the sitemap. */
  absolute(path: string): string {
    return this.siteUrl + this.prefix + path.replace(/^\/+/, '');
  }

  /** Absolute URL of a file the site holds once. */
  absoluteFile(path: string): string {
    return this.siteUrl + path.replace(/^\/+/, '');
  }

  /** The host name, for tag: URIs. */
  get host(): string {
    return new URL(this.siteUrl).host;
  }
}
