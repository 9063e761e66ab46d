import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, localOnlyContext } from '../../src/check/browser.ts';
import { layoutProblems, NARROW_WIDTHS } from '../../src/check/layout.ts';
import { htmlPages, pagePath } from '../../src/check/site-files.ts';
import { defaultSite } from './build-site.ts';
import { serveStatic, type StaticServer } from '../../src/check/serve.ts';

/** The built default site in real headless Chromium: journeys, search, accessibility and no third parties. */

let server: StaticServer;
let dist: string;
let browser: Browser;
/** Requests any page of any test tried to send beyond localhost (they are aborted). */
const offsiteRequests: string[][] = [];

beforeAll(async () => {
  dist = await defaultSite();
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  // Every page any test opened went through localOnlyContext: nothing may have left localhost.
  expect(offsiteRequests.flat()).toEqual([]);
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const { context, offsite } = await localOnlyContext(browser, options);
  offsiteRequests.push(offsite);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(server.origin + path);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
async function done(page: Page) {
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}

const pageTypes = {
  home: '/',
  category: '/categories/portability-erasure/',
  measure: '/measures/prt-01/',
  measures: '/measures/',
  framework: '/frameworks/nist-csf-2/',
  frameworks: '/frameworks/',
  'sub-processors': '/subprocessors/',
  documents: '/documents/',
  updates: '/updates/',
  answers: '/answers/',
  'answers topic': '/answers/access-control/',
  '404': '/404.html',
  search: '/search/?q=encryption',
};

describe('journeys', () => {
  it('goes from the home page to a category and on to a measure', async () => {
    const page = await open('/');
    expect(await page.locator('h1').textContent()).toBe('Security and data protection at Dreamdata.io');
    expect(await page.locator('.stats').textContent()).toMatch(/Measures in force\s*39/);
    await page.getByRole('link', { name: 'Measures for allowing data portability and ensuring erasure' }).first().click();
    await page.waitForURL('**/categories/portability-erasure/');
    expect(await page.locator('h1').textContent()).toBe('Measures for allowing data portability and ensuring erasure');
    await page.getByRole('link', { name: 'Export in a machine-readable format and permanent deletion' }).click();
    await page.waitForURL('**/measures/prt-01/');
    expect(await page.locator('h1').textContent()).toBe('Export in a machine-readable format and permanent deletion');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('BigQuery');
    expect(main).toContain('2 further evidence items are available to customers on request.');
    const request = page.getByRole('link', { name: 'Request access to the evidence for PRT-01' });
    expect(await request.getAttribute('href')).toMatch(/^mailto:security@dreamdata\.io\?subject=Evidence%20request%3A%20PRT-01%20/);
    // Controls grouped by framework, linked to the row on the framework page.
    const iso = page.locator('a[href="/frameworks/iso27001-2022/#req-8-10"]');
    expect(await iso.textContent()).toContain('Information deletion');
    await iso.click();
    await page.waitForURL('**/frameworks/iso27001-2022/#req-8-10');
    expect(await page.locator('#req-8-10').textContent()).toContain('PRT-01');
    await done(page);
  });

  it('lists certifications with unknown dates without a validity claim, and no placeholder anywhere', async () => {
    const page = await open('/');
    const cards = page.locator('#certs-h + .grid > .card');
    expect(await cards.count()).toBe(4);
    for (const text of await cards.allTextContents()) {
      expect(text).not.toMatch(/\bValid\b|not verified|Not yet provided|Issuer/);
      expect(text).toMatch(/Inherited from (Amazon Web Services|Google Cloud)/);
    }
    // The latest change in the hero is one in force, never a draft.
    expect(await page.locator('.hero-panel').textContent()).not.toContain('(draft)');
    await done(page);
  });

  it('reads the sub-processors table', async () => {
    const page = await open('/subprocessors/');
    const headers = await page.locator('table.subs thead th').allTextContents();
    expect(headers).toEqual(['Sub-processor', 'Purpose', 'Data categories', 'Since']);
    const rows = page.locator('table.subs tbody tr');
    expect(await rows.count()).toBe(2);
    const aws = await page.locator('tr#aws > *').allTextContents();
    expect(aws[0]).toContain('Amazon Web Services');
    expect(aws.at(-1)).toBe('2 November 2026');
    // Locations and transfer mechanisms are unknown for every sub-processor: the columns are left out, not filled
    // with a placeholder.
    expect(headers).not.toContain('Locations');
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(/Not yet provided|not verified/);
    expect(await page.locator('link[rel="alternate"][href="/subprocessors/feed.xml"]').count()).toBe(1);
    expect(await page.locator('a[href="/subprocessors/feed.xml"]').count()).toBeGreaterThan(0);
    await done(page);
  });

  it('lists the signed documents with status, hash and the development warning; the PDF it serves verifies', async () => {
    const page = await open('/documents/');
    const annexII = page.locator('#annex-ii');
    const text = (await annexII.textContent()) ?? '';
    expect(text).toContain('Released');
    expect(text).toContain('Development signature — not valid for contracts.');
    const link = annexII.locator('a[href="/documents/annex-ii.pdf"]');
    const sha = (await annexII.locator('dd.hash').first().textContent())?.trim();
    const pdf = await page.request.get(server.origin + (await link.getAttribute('href')));
    expect(pdf.status()).toBe(200);
    const { createHash } = await import('node:crypto');
    const bytes = await pdf.body();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    // What a customer downloads is the signed file: our verifier accepts it and names the document and version.
    const { verifyPdf } = await import('../../src/pdf/verify/verify.ts');
    expect(await verifyPdf(bytes)).toMatchObject({ ok: true });
    // Drafts are offered for review, clearly marked as not for signature.
    const annexI = (await page.locator('#annex-i').textContent()) ?? '';
    expect(annexI).toContain('Draft: not for signature');
    expect(await page.locator('#annex-i a[href="/documents/annex-i.pdf"]').count()).toBe(1);
    expect((await page.locator('section[aria-labelledby="verify"]').textContent()) ?? '').toContain('npm run verify -- annex-ii.pdf');
    await done(page);
  });
});

describe('search', () => {
  it('finds BigQuery from the header widget and reaches the portability measure', async () => {
    const page = await open('/');
    // Pagefind is not loaded before anyone searches.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/')))).toBe(false);
    const input = page.getByRole('combobox', { name: 'Search measures, answers, certifications and sub-processors' });
    await input.fill('BigQuery');
    const first = page.locator('#site-search-results [role="option"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-href')).toBe('/measures/prt-01/');
    expect(await page.locator('#site-search-results-status').textContent()).toMatch(/1 result for “BigQuery”/);
    await first.click();
    await page.waitForURL('**/measures/prt-01/');
    expect(await page.locator('.eyebrow .id').textContent()).toBe('PRT-01');
    await done(page);
  });

  it('opens its results panel inside the window at every width', async () => {
    // The header field sits at the left of its row on wide screens; a panel anchored to its right edge reached past
    // the window's left edge at 1280 px and cut off the start of every result.
    for (const width of [1280, 1024, 768, 375, 320]) {
      const page = await open('/answers/', { viewport: { width, height: 800 } });
      await page.locator('#site-search-q').fill('encrypted');
      await page.locator('#site-search-results [role="option"]').first().waitFor();
      const box = (await page.locator('.search-panel').boundingBox())!;
      expect(box.x, `${width} px: left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${width} px: right edge`).toBeLessThanOrEqual(width);
      await done(page);
    }
  });

  it('works as a plain form to /search/ and lists results there', async () => {
    const page = await open('/search/?q=BigQuery');
    await page.locator('#page-search-results a').first().waitFor();
    expect(await page.locator('#page-search-q').inputValue()).toBe('BigQuery');
    expect(await page.locator('#page-search-results a').first().getAttribute('href')).toBe('/measures/prt-01/');
    await done(page);
  });

  it('submits to /search/ without JavaScript', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    await page.locator('#site-search-q').fill('backup');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL('**/search/?q=backup');
    expect(await page.locator('h1').textContent()).toBe('Search the trust center');
    expect(await page.locator('main a[href^="/measures/"]').count()).toBeGreaterThanOrEqual(39);
    await done(page);
  });

  // What a reviewer types: the expected measure comes first. "TLS 1.2" finds the TLS measure although no measure
  // states the version (the status line says the number was dropped); "8.24" is a control id.
  const expected: Record<string, string> = {
    'TLS 1.2': '/measures/trn-01/',
    'SOC 2': '/measures/phy-01/',
    'ISO 27001': '/measures/phy-01/',
    'AES-256': '/measures/enc-02/',
    backup: '/measures/rec-05/',
    BigQuery: '/measures/prt-01/',
    '8.24': '/measures/enc-01/',
  };
  it('returns the expected measure first for the queries a reviewer types', async () => {
    const page = await open('/');
    const input = page.locator('#site-search-q');
    const status = page.locator('#site-search-results-status');
    for (const [query, href] of Object.entries(expected)) {
      await input.fill(query);
      await page.waitForFunction((q) => document.getElementById('site-search-results-status')?.textContent?.includes(`“${q}”`), query);
      expect(await page.locator('#site-search-results [role="option"]').first().getAttribute('data-href'), query).toBe(href);
      const excerpt = (await page.locator('#site-search-results .r-excerpt').first().textContent()) ?? '';
      // Excerpts come from the description: no page furniture, no run-together blocks.
      expect(excerpt, query).not.toMatch(/Status:|Controls satisfied|SCC Annex II category|[a-z]\d+\.\d+[A-Z]/);
    }
    expect(await status.textContent()).toMatch(/mapped to control “8.24”/);
    await input.fill('TLS 1.2');
    // The seed's answer on the minimum version has every word; the measures for "TLS" still come first.
    await expect.poll(() => status.textContent()).toMatch(/no measure has every word, so the measures are for “TLS”/);
    await input.fill('zzqxv');
    await expect.poll(() => status.textContent()).toBe('No results for “zzqxv”. Try fewer words, or browse the measures.');
    await done(page);
  });

  it('follows the combobox pattern: ArrowDown moves through the options, Enter opens one, Escape closes', async () => {
    const page = await open('/');
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.fill('encryption');
    const options = page.locator('#site-search-results [role="option"]');
    await options.nth(1).waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await input.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-search-results').isVisible()).toBe(false);
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const target = await options.nth(1).getAttribute('data-href');
    await input.press('Enter');
    await page.waitForURL(`**${target}`);
    await done(page);
  });

  it('measures the first search: what it downloads and how big the index is', async () => {
    const page = await open('/');
    await page.locator('#site-search-q').fill('backup');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pagefind/'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
    );
    // Pagefind's script and WebAssembly plus the index chunks and fragments this query needs.
    expect(bytes).toBeGreaterThan(50_000);
    expect(bytes).toBeLessThan(150_000);
    await done(page);
  });

  it('reads ?q= on the search page and narrows the list of measures by title, also before the index loads', async () => {
    const page = await open('/search/?q=backup');
    expect(await page.locator('#page-search-q').inputValue()).toBe('backup');
    expect(await page.locator('#all').textContent()).toMatch(/Measures whose title matches “backup” \(\d+\)/);
    const shown = await page.locator('#all-measures li:not([hidden])').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const title of shown) expect(title.toLowerCase()).toContain('backup');
    await done(page);
  });
});

describe('feeds and well-known files', () => {
  it('serves well-formed Atom feeds with unique entry ids', async () => {
    const page = await open('/');
    for (const path of ['/updates/feed.xml', '/subprocessors/feed.xml']) {
      const response = await page.request.get(server.origin + path);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.namespaceURI,
          ids: [...doc.querySelectorAll('entry > id')].map((n) => n.textContent),
          self: doc.querySelector('link[rel="self"]')?.getAttribute('href'),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
      expect(parsed.ids.length).toBeGreaterThan(0);
      expect(new Set(parsed.ids).size).toBe(parsed.ids.length);
      expect(parsed.self).toBe(`https://trust.dreamdata.io${path}`);
    }
    await done(page);
  });

  it('serves security.txt with Expires from the build date and the canonical URL', async () => {
    const page = await open('/');
    const text = await (await page.request.get(`${server.origin}/.well-known/security.txt`)).text();
    expect(text).toContain('Contact: mailto:security@dreamdata.io\n');
    expect(text).toContain('Expires: 2027-11-18T00:00:00.000Z\n');
    expect(text).toContain('Canonical: https://trust.dreamdata.io/.well-known/security.txt\n');
    expect(text).toContain('Preferred-Languages: en\n');
    await done(page);
  });

  it('answers unknown paths with the 404 page', async () => {
    const page = await open('/no/such/page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.context().close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const violations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

  for (const [name, path] of Object.entries(pageTypes)) {
    it(`${name} has no violations, in light mode and (colour contrast) in dark mode`, async () => {
      const page = await open(path);
      if (name === 'search') await page.locator('#page-search-results a').first().waitFor();
      for (const width of NARROW_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        expect(await layoutProblems(page), `${name} at ${width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      const light = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(violations(light)).toEqual([]);
      // Dark mode changes only colours: check contrast there.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect(violations(dark)).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps the search results panel accessible while open', async () => {
    const page = await open('/');
    await page.locator('#site-search-q').fill('encryption');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.locator('#site-search-q').press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('.site-header').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});

describe('no third parties', () => {
  it('the network guard itself catches a cross-origin request', async () => {
    const { context, offsite } = await localOnlyContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => fetch('https://third-party.example/pixel.gif').catch(() => undefined));
    expect(offsite).toEqual(['https://third-party.example/pixel.gif']);
    await context.close();
  });

  it('no page requests anything beyond localhost, even with its Content-Security-Policy switched off', async () => {
    for (const [name, path] of Object.entries(pageTypes)) {
      const { context, offsite } = await localOnlyContext(browser, { bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      await page.locator('input[type="search"]').first().fill('encryption');
      await page.locator('.results > li').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(offsite, name).toEqual([]);
      await context.close();
    }
  });
});

describe('layout', () => {
  it('fits every page at 320 and 375 px, light and dark, with tables that keep their labels', async () => {
    const pages = htmlPages(dist).filter((file) => file !== '404.html');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of NARROW_WIDTHS) {
        const page = await open('/', { viewport: { width, height: 800 }, colorScheme });
        for (const file of pages) {
          await page.goto(server.origin + pagePath(file));
          expect(await layoutProblems(page), `${file} at ${width} px (${colorScheme})`).toEqual([]);
        }
        await done(page);
      }
    }
    // Four passes over every page: the time grows with the site (the answer topic pages added 13), so it gets more.
  }, 600_000);

  it('detects a table whose row labels scroll out of view', async () => {
    const page = await open('/frameworks/', { viewport: { width: 320, height: 800 }, bypassCSP: true });
    expect(await layoutProblems(page)).toEqual([]);
    // The matrix scrolls inside its box; unpin its first column and the check must notice.
    await page.addStyleTag({ content: '.table-scroll tr > :first-child { position: static !important; }' });
    expect(await layoutProblems(page)).toEqual([expect.stringMatching(/scrolls sideways and its row labels scroll out of view/)]);
    await page.context().close();
  });

  it('prints measure and category pages without navigation, with absolute link targets, the domain and the date', async () => {
    for (const path of [pageTypes.measure, pageTypes.category]) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer nav, .site-footer ul').first().isVisible()).toBe(false);
      const after = await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="/"]')!, '::after').content);
      expect(after).toMatch(/^" <" "http:\/\/|^" <https:\/\/trust\.dreamdata\.io\/|"https:\/\/trust\.dreamdata\.io"/);
      const footer = (await page.locator('.site-footer .print-only').textContent()) ?? '';
      expect(footer).toBe(`trust.dreamdata.io${path} · 18 November 2026`);
      expect(await page.locator('.site-footer .print-only').isVisible()).toBe(true);
      await page.context().close();
    }
  });
});

describe('metadata', () => {
  it('gives every page a title within 60 characters, a description within 155 cut at a word, Open Graph and canonical tags', async () => {
    const problems: string[] = [];
    for (const file of htmlPages(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
      const text = (value: string) =>
        value
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"');
      if (text(title).length > 60) problems.push(`${file}: title ${text(title).length} characters`);
      if (description !== undefined) {
        const d = text(description);
        if (d.length > 155) problems.push(`${file}: description ${d.length} characters`);
        if (d.endsWith('…') && !/\s\S+…$/.test(d)) problems.push(`${file}: description cut mid-word`);
        if (/\b(\w+)\s+\1\b/i.test(d)) problems.push(`${file}: doubled word in "${d}"`);
      }
      if (file !== '404.html' && file !== 'search/index.html') {
        if (!/<link rel="canonical" href="https:\/\/trust\.dreamdata\.io\//.test(html)) problems.push(`${file}: no canonical link`);
        for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
          if (!html.includes(`property="${property}"`)) problems.push(`${file}: no ${property}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no placeholder or authoring note on any page', () => {
    const problems: string[] = [];
    for (const file of htmlPages(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      const textOnly = html.replace(/<[^>]+>/g, ' ');
      for (const needle of [/Not yet provided/i, /not verified/i, /\bthe source\b/i, /see url/i, /\.yaml\b/i, /this project/i])
        if (needle.test(textOnly)) problems.push(`${file}: ${needle}`);
      // No percentage next to a framework name: mappings are lists, not scores.
      if ((file.startsWith('frameworks/') || file === 'index.html') && /\d\s?%/.test(textOnly)) problems.push(`${file}: a percentage`);
      if (/<meter\b/.test(html)) problems.push(`${file}: a progress bar`);
    }
    expect(problems).toEqual([]);
  });
});
