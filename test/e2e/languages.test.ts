import AxeBuilder from '@axe-core/playwright';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, localOnlyContext } from '../../src/check/browser.ts';
import { serveStatic, type StaticServer } from '../../src/check/serve.ts';
import { htmlPages, pagePath } from '../../src/check/site-files.ts';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { buildSite, ROOT } from './build-site.ts';

/**
 * Sites in other languages, built by the real pipeline: a German company (test/fixtures/acme-de, German content and
 * `site.languages: [de]`) and a company publishing in English and German (test/fixtures/bilingual). The German
 * pages must speak German around the content, say so in their lang attributes, and stay accessible.
 */

let work: string;
let german: { dist: string; server: StaticServer };
let bilingual: { dist: string; server: StaticServer };
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'languages-e2e-'));
  const build = async (name: string, content: string) => {
    const dist = join(work, name);
    await buildSite({ outDir: dist, contentDir: join(ROOT, content) });
    return { dist, server: await serveStatic(dist) };
  };
  german = await build('acme-de', 'test/fixtures/acme-de/content');
  bilingual = await build('bilingual', 'test/fixtures/bilingual/content');
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await german?.server.close();
  await bilingual?.server.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(server: StaticServer, path: string): Promise<Page> {
  const { context } = await localOnlyContext(browser);
  const page = await context.newPage();
  await page.goto(server.origin + path);
  return page;
}

/**
 * The English chrome of the site: the literal words of every site message as English has them, where German says
 * something else. Fragments between placeholders, long enough not to be a name.
 */
function englishSiteChrome(): string[] {
  const de = catalogues.de as Record<string, unknown>;
  const fragments = Object.entries(catalogues.en as Record<string, unknown>)
    .filter(([key]) => !/^(pdf|annexI|annexII|annexIII|signatures|party|role|unknown|meta|transfer|clauses)\./.test(key))
    .flatMap(([key, message]) => {
      const texts = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
      return texts
        .filter((text) => JSON.stringify(de[key]).includes(JSON.stringify(text)) === false)
        .flatMap((text) => text.split(/\{\w+\}/));
    })
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 8 && /[a-z]{4}/.test(fragment));
  return [...new Set(fragments)];
}

/** A page's text as a German reader meets it: without the parts marked as written in another language. */
const germanText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const other of body.querySelectorAll('[lang]')) if (!other.getAttribute('lang')!.startsWith('de')) other.remove();
    return [
      body.textContent ?? '',
      ...[...document.querySelectorAll('[aria-label], [placeholder], [title]')].map((e) =>
        ['aria-label', 'placeholder', 'title'].map((name) => e.getAttribute(name) ?? '').join(' '),
      ),
    ]
      .join(' ')
      .replace(/\s+/g, ' ');
  });

/** The sheets of a built answers spreadsheet, and whether its rows (keyed by the header) fit the published schema. */
async function readSpreadsheet(dist: string, file: string): Promise<{ sheets: string[]; rows: string[][]; valid: boolean }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dist, 'exports', file));
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  const [header, ...body] = rows;
  const keyed = body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
  const schema = JSON.parse(readFileSync(join(dist, 'exports/schema/answers-table.schema.json'), 'utf8'));
  return { sheets: workbook.worksheets.map((sheet) => sheet.name), rows, valid: new Ajv2020().validate(schema, keyed) };
}

describe('a German company (test/fixtures/acme-de)', () => {
  it('marks every page as German and prints no English chrome on any of them', async () => {
    const chrome = englishSiteChrome();
    expect(chrome).toContain('Questionnaire answers');
    const pages = htmlPages(german.dist);
    expect(pages).toContain('answers/index.html');
    expect(pages).toContain('answers/encryption/index.html');
    const found: string[] = [];
    // English that is not chrome: names (of frameworks, of the development certificate) and pdfsig's output, quoted.
    const names = [
      'NIST Cybersecurity Framework',
      'Trust Services Criteria',
      'Development signature - NOT VALID FOR CONTRACTS',
      'Signature is Valid.',
    ];
    // Whole words only, never inside a URL: "Standard" is also the start of "Standardvertragsklauseln".
    const patterns = chrome.map((fragment) => ({
      fragment,
      pattern: new RegExp(`(?<![\\p{L}/.-])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}/-])`, 'u'),
    }));
    for (const file of pages) {
      expect(readFileSync(join(german.dist, file), 'utf8'), file).toMatch(/^<!DOCTYPE html><html lang="de"/i);
      const page = await open(german.server, pagePath(file));
      const text = names.reduce((rest, name) => rest.split(name).join(' '), await germanText(page));
      await page.context().close();
      for (const { fragment, pattern } of patterns) if (pattern.test(text)) found.push(`${file}: "${fragment}"`);
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('says its answers in German: topics, short answers, facts and dates', async () => {
    const page = await open(german.server, '/answers/encryption/');
    expect(await page.locator('h1').textContent()).toBe('Verschlüsselung');
    const answer = page.locator('li#transportverschluesselung');
    expect(await answer.locator('h2').textContent()).toBe('Werden Kundendaten bei der Übertragung verschlüsselt?');
    expect(await answer.locator('.badge').textContent()).toBe('Antwort: Ja');
    const facts = (await answer.locator('dl').textContent())!.replace(/\s+/g, ' ');
    expect(facts).toContain('Beruht auf');
    expect(facts).toContain('TRN-01 Transportverschlüsselung mit TLS 1.2 oder höher');
    expect(facts).toContain('Anhang II 0.1.0 (Entwurf)');
    expect(facts).toContain('Zuletzt geprüft 1. November 2026');
    await page.context().close();
  });

  it('offers its answers spreadsheet in German, as its published schema describes it', async () => {
    const { sheets, rows, valid } = await readSpreadsheet(german.dist, 'answers.xlsx');
    expect(sheets).toEqual(['Antworten', 'Info']);
    expect(rows[0]!.slice(0, 4)).toEqual(['Kennung der Frage', 'Thema', 'Frage', 'Antwort']);
    expect(rows.find((row) => row[0] === 'transportverschluesselung')!.slice(1, 4)).toEqual([
      'Verschlüsselung',
      'Werden Kundendaten bei der Übertragung verschlüsselt?',
      'Ja',
    ]);
    expect(valid).toBe(true);
    const csv = readFileSync(join(german.dist, 'exports/answers.csv'), 'utf8');
    expect(csv.startsWith('\ufeffKennung der Frage,Thema,Frage,Antwort,')).toBe(true);
    expect(readFileSync(join(german.dist, 'answers/index.html'), 'utf8')).toContain('href="/exports/answers.xlsx"');
  });

  for (const path of [
    '/',
    '/answers/',
    '/answers/encryption/',
    '/measures/trn-01/',
    '/documents/',
    '/subprocessors/',
    '/search/',
    '/404.html',
  ]) {
    it(`${path} has no axe-core violations (WCAG 2.2 AA)`, async () => {
      const page = await open(german.server, path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('a company publishing in English and German (test/fixtures/bilingual)', () => {
  it('has the answers pages in both languages, linked to each other', async () => {
    const html = readFileSync(join(bilingual.dist, 'de/answers/index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de"/i);
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://trust.example.com/en/answers/"');
    expect(html).toContain('<link rel="alternate" hreflang="de" href="https://trust.example.com/de/answers/"');
    const page = await open(bilingual.server, '/de/answers/');
    expect(await page.locator('h1').textContent()).toBe('Antworten auf Fragebögen');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/answers/');
    expect(await page.locator('h1').textContent()).toBe('Questionnaire answers');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('shows a translated answer in German and an untranslated one in English, marked lang="en", inside German chrome', async () => {
    const page = await open(bilingual.server, '/de/answers/encryption/');
    const translated = page.locator('li#encryption-in-transit');
    expect(await translated.locator('h2').textContent()).toBe('Werden Kundendaten bei der Übertragung verschlüsselt?');
    expect(await translated.locator('h2').getAttribute('lang')).toBeNull();
    // The measure it relies on is named by its German title.
    expect((await translated.locator('dl').textContent())!.replace(/\s+/g, ' ')).toContain('ENC-01 Transportverschlüsselung');
    await page.goto(`${bilingual.server.origin}/de/answers/access-control/`);
    const untranslated = page.locator('li#access-review');
    expect(await untranslated.locator('h2').textContent()).toBe('Are access rights reviewed at a fixed interval?');
    expect(await untranslated.locator('h2').getAttribute('lang')).toBe('en');
    expect(await untranslated.locator('p[lang="en"]').textContent()).toContain("Each system's owner reviews");
    expect(await untranslated.locator('.badge').textContent()).toBe('Antwort: Ja');
    expect(await page.locator('h1').textContent()).toBe('Zugriffskontrolle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('lists the answers on the measure pages of each language, and exports them once with their translations', async () => {
    const de = readFileSync(join(bilingual.dist, 'de/measures/enc-01/index.html'), 'utf8');
    expect(de).toContain('<h2 id="answers">Antworten auf Fragebögen</h2>');
    expect(de).toContain('href="/de/answers/encryption/#encryption-in-transit">Werden Kundendaten bei der Übertragung verschlüsselt?</a>');
    const exported = JSON.parse(readFileSync(join(bilingual.dist, 'exports/answers.json'), 'utf8'));
    expect(exported.$schema).toBe('https://trust.example.com/exports/schema/answers.schema.json');
    const inTransit = exported.answers.find((a: { id: string }) => a.id === 'encryption-in-transit');
    expect(inTransit.question).toBe('Is customer data encrypted in transit?');
    expect(inTransit.translations.de).toMatchObject({ question: 'Werden Kundendaten bei der Übertragung verschlüsselt?', current: true });
    expect(inTransit.measures[0].url).toBe('https://trust.example.com/en/measures/enc-01/');
  });

  it('offers the answers spreadsheet in the language of each page: German from /de/, English from /en/', async () => {
    expect(readdirSync(join(bilingual.dist, 'exports')).filter((file) => file.startsWith('answers'))).toEqual([
      'answers.csv',
      'answers.de.csv',
      'answers.de.xlsx',
      'answers.json',
      'answers.xlsx',
    ]);
    const de = readFileSync(join(bilingual.dist, 'de/answers/index.html'), 'utf8');
    expect(de).toContain('href="/exports/answers.de.xlsx"');
    expect(de).toContain('href="/exports/answers.de.csv"');
    expect(readFileSync(join(bilingual.dist, 'de/index.html'), 'utf8')).toContain('href="/exports/answers.de.xlsx"');
    expect(readFileSync(join(bilingual.dist, 'en/answers/index.html'), 'utf8')).toContain('href="/exports/answers.xlsx"');

    const german = await readSpreadsheet(bilingual.dist, 'answers.de.xlsx');
    expect(german.sheets).toEqual(['Antworten', 'Info']);
    const inTransit = german.rows.find((row) => row[0] === 'encryption-in-transit')!;
    expect(inTransit.slice(1, 4)).toEqual(['Verschlüsselung', 'Werden Kundendaten bei der Übertragung verschlüsselt?', 'Ja']);
    expect(inTransit[6]).toBe('https://trust.example.com/de/measures/enc-01/');
    expect(german.valid).toBe(true);
    const english = await readSpreadsheet(bilingual.dist, 'answers.xlsx');
    expect(english.sheets).toEqual(['Answers', 'About']);
    expect(english.rows.find((row) => row[0] === 'encryption-in-transit')!.slice(1, 4)).toEqual([
      'Encryption',
      'Is customer data encrypted in transit?',
      'Yes',
    ]);
    expect(english.valid).toBe(true);
    const csv = readFileSync(join(bilingual.dist, 'exports/answers.de.csv'), 'utf8');
    expect(csv.startsWith('\ufeffKennung der Frage,Thema,Frage,Antwort,')).toBe(true);
  });

  it('offers the sub-processor CSV in the language of each page, with the same headers', () => {
    expect(readdirSync(join(bilingual.dist, 'exports')).filter((file) => file.startsWith('subprocessors'))).toEqual([
      'subprocessors.csv',
      'subprocessors.de.csv',
      'subprocessors.json',
    ]);
    expect(readFileSync(join(bilingual.dist, 'de/subprocessors/index.html'), 'utf8')).toContain('href="/exports/subprocessors.de.csv"');
    expect(readFileSync(join(bilingual.dist, 'de/index.html'), 'utf8')).toContain('href="/exports/subprocessors.de.csv"');
    expect(readFileSync(join(bilingual.dist, 'en/subprocessors/index.html'), 'utf8')).toContain('href="/exports/subprocessors.csv"');
    const rows = (file: string) =>
      readFileSync(join(bilingual.dist, 'exports', file), 'utf8')
        .split('\r\n')
        .filter(Boolean)
        .map((line) => line.split(','));
    const [germanHeader, german] = rows('subprocessors.de.csv');
    const [englishHeader, english] = rows('subprocessors.csv');
    expect(germanHeader).toEqual(englishHeader);
    const locations = englishHeader!.indexOf('locations');
    expect([english![locations], german![locations]]).toEqual(['Germany (DE)', 'Deutschland (DE)']);
    const schema = JSON.parse(readFileSync(join(bilingual.dist, 'exports/schema/subprocessors-table.schema.json'), 'utf8'));
    const keyed = [Object.fromEntries(germanHeader!.map((header, i) => [header, german![i]]))];
    expect(new Ajv2020().validate(schema, keyed)).toBe(true);
  });
});
