import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { result, type CheckResult } from './result.ts';
import { htmlPages, pagePath, siteFiles } from './site-files.ts';

/**
 * Bytes of HTML plus the CSS and scripts a page links: what a reader downloads before the page works. The search
 * index (Pagefind, fetched only when someone searches) is not counted.
 */
export const PAGE_BUDGET = 40_000;

/** HTML, linked CSS and same-site scripts per page, largest first. */
export function pageWeights(dist: string, base = '/'): { page: string; bytes: number }[] {
  const local = (href: string) => (href.startsWith(base) ? join(dist, decodeURIComponent(href.slice(base.length))) : undefined);
  return htmlPages(dist)
    .map((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const linked = [
        ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
      ].filter((href) => !href.includes('/pagefind/'));
      const assets = linked.map((href) => statSafe(local(href) ?? '') ?? 0);
      return { page, bytes: Buffer.byteLength(html) + assets.reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** Pages over the budget fail the check: a page that outgrows it on some content needs lighter markup, not a pass. */
export function checkPageBudget(dist: string, base = '/', budget = PAGE_BUDGET): CheckResult {
  const weights = pageWeights(dist, base);
  const over = weights.filter((p) => p.bytes > budget);
  const heaviest = weights[0];
  return result(
    `every page is within ${budget / 1000} KB of HTML, CSS and JavaScript${heaviest ? ` (heaviest: ${heaviest.page}, ${(heaviest.bytes / 1000).toFixed(1)} KB)` : ''}`,
    over.map((p) => `${p.page}: ${(p.bytes / 1000).toFixed(1)} KB`),
  );
}

/**
 * No script but the search widget, no inline script or event handler, no javascript: URL, and nothing loaded from
 * another origin: what a pull request could otherwise smuggle onto the site.
 */
export function checkScripts(dist: string): CheckResult {
  const problems: string[] = [];
  for (const page of htmlPages(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const tag of scripts)
      if (!/^<script type="module" src="[^"]*\/search\.js"><\/script>$|^<script type="module" src="[^"]*\/search\.js">$/.test(tag))
        problems.push(`${page}: ${tag}`);
    if (/<script[^>]*>[^<]+<\/script>/.test(html)) problems.push(`${page}: an inline script`);
    const handler = /\son[a-z]+=/i.exec(html);
    if (handler) problems.push(`${page}: an event-handler attribute (${handler[0].trim()})`);
    if (/javascript:/i.test(html)) problems.push(`${page}: a javascript: URL`);
  }
  for (const file of [...htmlPages(dist), ...siteFiles(dist).filter((f) => f.endsWith('.css'))]) {
    const text = readFileSync(join(dist, file), 'utf8');
    const loads = [
      ...[...text.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/<link\b[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
    ];
    for (const url of loads) if (!/^(?:\/(?!\/)|data:)/.test(url)) problems.push(`${file}: loads ${url} from another origin`);
  }
  return result('no script but the search widget, nothing loaded from another origin', problems);
}

/**
 * Every link to a path on the site leads to a file that exists. `base` is the site's path prefix ("/" or
 * "/trust/"): links carry it, the built files do not.
 */
export function checkLinks(dist: string, base = '/'): CheckResult {
  const missing: string[] = [];
  for (const page of htmlPages(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)[^"]*"/g)) {
      const inside = href!.startsWith(base) ? href!.slice(base.length) : undefined;
      const target = inside === undefined ? undefined : join(dist, decodeURIComponent(inside));
      if (!target || !statSafe(inside === '' || inside!.endsWith('/') ? join(target, 'index.html') : target))
        missing.push(`${page} -> ${href}`);
    }
  }
  return result('every internal link resolves', missing);
}

/** The sitemap lists every page (but the 404 and search pages) under the site's address, and nothing that does not exist. */
export function checkSitemap(dist: string, siteUrl: string): CheckResult {
  const problems: string[] = [];
  const xml = statSafe(join(dist, 'sitemap.xml')) ? readFileSync(join(dist, 'sitemap.xml'), 'utf8') : '';
  if (!xml) return result('the sitemap lists every page', ['sitemap.xml is missing']);
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  const pages = htmlPages(dist).filter((p) => p !== '404.html' && p !== 'search/index.html');
  const urls = new Set(pages.map((page) => siteUrl + pagePath(page).slice(1)));
  for (const url of urls) if (!listed.has(url)) problems.push(`${url} is not in the sitemap`);
  for (const url of listed) if (!urls.has(url)) problems.push(`the sitemap lists ${url}, which is not a page of the site`);
  return result('the sitemap lists every page', problems);
}

function statSafe(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
