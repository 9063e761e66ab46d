import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../../src/check/html.ts';
import { checkPageBudget, checkScripts, PAGE_BUDGET, pageWeights } from '../../src/check/pages.ts';
import { buildSite, defaultSite, ROOT, SEED_CONTENT } from './build-site.ts';

/** Checks over the built files themselves: valid HTML, the page budget, scripts, links, sitemap and exports. */

let dist: string;
let htmlFiles: string[];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

beforeAll(async () => {
  dist = await defaultSite();
  htmlFiles = files(dist).filter((file) => file.endsWith('.html'));
});

describe('built HTML', () => {
  it('is valid (html-validate with .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateMultipleFiles(htmlFiles.map((file) => file));
    if (!report.valid) console.log(formatterFactory('text')(report.results));
    expect(report.errorCount).toBe(0);
    expect(htmlFiles.length).toBeGreaterThan(70);
    // The rules `npm run check` applies (recommended set, titles within 60 characters).
    expect((await checkHtml(dist)).details).toEqual([]);
  });

  it(`keeps every page within ${PAGE_BUDGET / 1000} KB of HTML, CSS and JavaScript (search index excluded)`, () => {
    const weights = pageWeights(dist);
    expect(weights.filter((w) => w.bytes > PAGE_BUDGET)).toEqual([]);
    expect(checkPageBudget(dist).status).toBe('pass');
    // The largest catalogues are where the budget is tight; the search script and stylesheets count.
    const nist = weights.find((w) => w.page === 'frameworks/nist-csf-2/index.html');
    expect(nist!.bytes).toBeGreaterThan(
      readFileSync(join(dist, 'frameworks/nist-csf-2/index.html')).length + statSync(join(dist, 'search.js')).size,
    );
    expect(nist!.bytes).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('fails the budget check for a page that outgrows it', () => {
    const small = checkPageBudget(dist, '/', 20_000);
    expect(small.status).toBe('fail');
    expect(small.details.some((line) => line.startsWith('frameworks/nist-csf-2/index.html'))).toBe(true);
  });

  it('runs no script but the search widget: no inline scripts, no event-handler attributes', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts, relative(dist, file)).toEqual(['<script type="module" src="/search.js">']);
      expect(html, relative(dist, file)).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
      expect(html, relative(dist, file)).not.toMatch(/\son[a-z]+=/i);
      expect(html, relative(dist, file)).not.toMatch(/javascript:/i);
    }
    expect(checkScripts(dist).status).toBe('pass');
  });

  it('loads nothing from another origin', () => {
    for (const file of [...htmlFiles, ...files(dist).filter((f) => f.endsWith('.css'))]) {
      const text = readFileSync(file, 'utf8');
      // src=, href= of stylesheets/icons/preloads and CSS url() must be same-site.
      const loads = [
        ...[...text.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/<link\b[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
      ];
      for (const url of loads) expect(url, relative(dist, file)).toMatch(/^(?:\/(?!\/)|data:)/);
    }
  });

  it('has no broken internal links', () => {
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)[^"]*"/g)) {
        const target = join(dist, decodeURIComponent(href!));
        const ok = href!.endsWith('/') ? statSafe(join(target, 'index.html')) : statSafe(target);
        if (!ok) missing.push(`${relative(dist, file)} -> ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

describe('machine-readable files', () => {
  it('lists every page in the sitemap with absolute URLs and the build date, and nothing that does not exist', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs[0]).toBe('https://trust.dreamdata.io/');
    expect([...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].every((m) => m[1] === '2026-11-18')).toBe(true);
    for (const loc of locs) expect(statSafe(join(dist, new URL(loc).pathname, 'index.html')), loc).toBe(true);
    const pages = htmlFiles.map((f) => relative(dist, f)).filter((f) => !['404.html', 'search/index.html'].includes(f));
    expect(locs).toHaveLength(pages.length);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://trust.dreamdata.io/sitemap.xml');
  });

  it('exports the public view as JSON and the sub-processors as CSV', () => {
    const json = JSON.parse(readFileSync(join(dist, 'exports/trust-center.json'), 'utf8'));
    expect(json.format).toBe('trust-center-export/2');
    // Unknown facts are left out, as on the site: no placeholder and no internal reason.
    expect(JSON.stringify(json)).not.toMatch(/"unknown"|Not yet provided/);
    expect(json.measures).toHaveLength(39);
    expect(JSON.stringify(json)).not.toMatch(/"owner"|"location"|"visibility"/);
    const csv = readFileSync(join(dist, 'exports/subprocessors.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('id,name,legal_name,purpose,services,data_categories,locations,transfer_mechanisms,since,state,website');
    expect(csv.filter(Boolean)).toHaveLength(3);
  });

  it('is reproducible: a second build of the same commit gives the same bytes', async () => {
    const again = join(ROOT, '.cache', 'e2e', 'repro', 'dist');
    await buildSite({ outDir: again, contentDir: SEED_CONTENT });
    const list = (dir: string) =>
      files(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(list(again)).toEqual(list(dist));
    const differ = list(dist).filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
    rmSync(join(again, '..'), { recursive: true, force: true });
  });
});
