import { escapeXml } from './escape.ts';
import { routes, type SitePaths } from './paths.ts';

/** One page of the sitemap: its absolute URL and, on a site in several languages, the same page in each language. */
export interface SitemapEntry {
  loc: string;
  alternates?: { language: string; href: string }[];
}

/**
 * sitemap.xml (sitemaps.org 0.9): absolute URLs from the public base URL, lastmod from the build date. Pages of a
 * site in several languages name their language versions (xhtml:link hreflang), as search engines read them.
 */
export function renderSitemap(entries: readonly SitemapEntry[], lastmod: string): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.loc)) continue;
    seen.add(entry.loc);
    const links = (entry.alternates ?? []).map(
      (alternate) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.language)}" href="${escapeXml(alternate.href)}"/>`,
    );
    urls.push(`  <url><loc>${escapeXml(entry.loc)}</loc><lastmod>${lastmod}</lastmod>${links.join('')}</url>`);
  }
  const multilingual = entries.some((entry) => entry.alternates?.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}>`,
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is announced. */
export function renderRobots(paths: SitePaths): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${paths.absoluteFile(routes.sitemap)}\n`;
}
