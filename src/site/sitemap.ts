import { escapeXml } from './escape.ts';
import { routes, type SitePaths } from './paths.ts';

/** sitemap.xml (sitemaps.org 0.9): absolute URLs from the public base URL, lastmod from the build date. */
export function renderSitemap(pagePaths: readonly string[], lastmod: string, paths: SitePaths): string {
  const urls = [...new Set(pagePaths)].map(
    (path) => `  <url><loc>${escapeXml(paths.absolute(path))}</loc><lastmod>${lastmod}</lastmod></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is announced. */
export function renderRobots(paths: SitePaths): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${paths.absolute(routes.sitemap)}\n`;
}
