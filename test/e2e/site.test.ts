import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, localOnlyContext } from '../../src/check/browser.ts';
import { defaultSite } from './build-site.ts';
import { serveStatic, type StaticServer } from '../../src/check/serve.ts';

/** The built default site in real headless Chromium: journeys, search, accessibility and no third parties. */

let server: StaticServer;
let browser: Browser;
/** Requests any page of any test tried to send beyond localhost (they are aborted). */
const offsiteRequests: string[][] = [];

beforeAll(async () => {
  const dist = await defaultSite();
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
    // Controls grouped by framework, linked to the row on the framework page.
    const iso = page.locator('a[href="/frameworks/iso27001-2022/#req-8-10"]');
    expect(await iso.textContent()).toContain('Information deletion');
    await iso.click();
    await page.waitForURL('**/frameworks/iso27001-2022/#req-8-10');
    expect(await page.locator('#req-8-10').textContent()).toContain('PRT-01');
    await done(page);
  });

  it('shows certifications with unknown dates as not verified, never as valid', async () => {
    const page = await open('/');
    const cards = page.locator('#certs-h + .grid > .card');
    expect(await cards.count()).toBe(4);
    for (const text of await cards.allTextContents()) {
      expect(text).toContain('Validity not verified');
      expect(text).not.toMatch(/\bValid\b(?! )/);
    }
    await done(page);
  });

  it('reads the sub-processors table', async () => {
    const page = await open('/subprocessors/');
    const headers = await page.locator('table.subs thead th').allTextContents();
    expect(headers).toEqual(['Sub-processor', 'Purpose', 'Data categories', 'Locations', 'Transfer mechanism', 'Since']);
    const rows = page.locator('table.subs tbody tr');
    expect(await rows.count()).toBe(2);
    const aws = await page.locator('tr#aws > *').allTextContents();
    expect(aws[0]).toContain('Amazon Web Services');
    expect(aws[3]).toBe('Not yet provided'); // locations are unknown in the content
    expect(aws[4]).toBe('Not yet provided');
    expect(aws[5]).toBe('2 November 2026');
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
    const input = page.getByRole('searchbox', { name: 'Search measures, frameworks and sub-processors' });
    await input.fill('BigQuery');
    const first = page.locator('#site-search-results .results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/measures/prt-01/');
    expect(await page.locator('#site-search-results [role="status"]').textContent()).toMatch(/1 result for “BigQuery”/);
    await first.click();
    await page.waitForURL('**/measures/prt-01/');
    expect(await page.locator('.eyebrow .id').textContent()).toBe('PRT-01');
    await done(page);
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
    await page.locator('#site-search-results .results a').first().waitFor();
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
      await page.locator('.results a').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(offsite, name).toEqual([]);
      await context.close();
    }
  });
});

describe('layout', () => {
  it('has no horizontal page scroll at 320 px on any page type', async () => {
    const page = await open('/', { viewport: { width: 320, height: 800 } });
    for (const [name, path] of Object.entries(pageTypes)) {
      await page.goto(server.origin + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, name).toBeLessThanOrEqual(320);
    }
    await done(page);
  });

  it('prints measure and category pages without navigation and with link targets', async () => {
    for (const path of [pageTypes.measure, pageTypes.category]) {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      const after = await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="/"]')!, '::after').content);
      expect(after).toMatch(/^" <" attr\(href\) ">"$|^" <\/.*>"$/);
      await page.context().close();
    }
  });
});
