import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, localOnlyContext } from '../../src/check/browser.ts';
import { serveStatic, type StaticServer } from '../../src/check/serve.ts';
import { defaultSite } from './build-site.ts';

/** The answer library on the built seed site: the page, the measure pages, search, and the exports with their schemas. */

let dist: string;
let server: StaticServer;
let browser: Browser;
const SITE = 'https://trust.dreamdata.io/';

beforeAll(async () => {
  dist = await defaultSite();
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; rows end with CRLF; a BOM may lead. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\ufeff/, '');
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\r' && source[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      ((row = []), (cell = ''), i++);
    } else cell += char;
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
function keyed([header, ...rows]: string[][]): Record<string, string>[] {
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('exports', () => {
  it('every file under dist/exports/ validates against its published schema', async () => {
    const exports = join(dist, 'exports');
    const files = readdirSync(exports).filter((file) => file !== 'schema');
    expect(files.sort()).toEqual([
      'answers.csv',
      'answers.json',
      'answers.xlsx',
      'subprocessors.csv',
      'subprocessors.json',
      'trust-center.json',
    ]);
    const published = readdirSync(join(exports, 'schema')).sort();
    expect(published).toEqual([
      'answers-table.schema.json',
      'answers.schema.json',
      'subprocessors-table.schema.json',
      'subprocessors.schema.json',
      'trust-center.schema.json',
    ]);
    // As the README says: the answers CSV leads with a byte-order mark (for Excel), subprocessors.csv with none.
    expect(readFileSync(join(exports, 'answers.csv'), 'utf8').startsWith('\ufeffQuestion id,')).toBe(true);
    expect(readFileSync(join(exports, 'subprocessors.csv'), 'utf8').startsWith('id,')).toBe(true);
    const schemaAt = (name: string) => JSON.parse(readFileSync(join(exports, 'schema', `${name}.schema.json`), 'utf8'));
    const check = (file: string, schema: Record<string, unknown>, data: unknown) => {
      const ajv = new Ajv2020({ allErrors: true });
      const valid = ajv.validate(schema, data);
      expect(ajv.errors ?? [], file).toEqual([]);
      expect(valid, file).toBe(true);
    };
    for (const file of files) {
      const text = readFileSync(join(exports, file), 'utf8');
      if (file.endsWith('.json')) {
        // JSON names its schema: the published file at that URL, whose $id is the same URL.
        const data = JSON.parse(text);
        expect(data.$schema, file).toBe(`${SITE}exports/schema/${file.replace(/\.json$/, '.schema.json')}`);
        const schema = JSON.parse(readFileSync(join(dist, new URL(data.$schema).pathname), 'utf8'));
        expect(schema.$id).toBe(data.$schema);
        check(file, schema, data);
      } else if (file.endsWith('.csv')) {
        check(file, schemaAt(file.replace(/\.csv$/, '-table')), keyed(parseCsv(text)));
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(join(exports, file));
        const rows: string[][] = [];
        workbook.getWorksheet('Answers')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
        check(file, schemaAt('answers-table'), keyed(rows));
      }
    }
  });

  it('the schemas catch what they promise to: an unlisted field (such as an owner) fails', () => {
    const data = JSON.parse(readFileSync(join(dist, 'exports/answers.json'), 'utf8'));
    data.answers[0].owner = 'security-team';
    const schema = JSON.parse(readFileSync(join(dist, 'exports/schema/answers.schema.json'), 'utf8'));
    expect(new Ajv2020().validate(schema, data)).toBe(false);
  });

  it('offers the public answers as CSV and XLSX with the same rows, and no customer or internal answer', async () => {
    const json = JSON.parse(readFileSync(join(dist, 'exports/answers.json'), 'utf8'));
    expect(json.audience).toBe('public');
    expect(json.answers).toHaveLength(50);
    expect(json.answers.every((a: { audience: string }) => a.audience === 'public')).toBe(true);
    const csv = readFileSync(join(dist, 'exports/answers.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(51);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dist, 'exports/answers.xlsx'));
    const ids: string[] = [];
    workbook.getWorksheet('Answers')!.eachRow((row, n) => n > 1 && ids.push(String(row.getCell(1).value)));
    expect(ids).toEqual(json.answers.map((a: { id: string }) => a.id));
    expect(ids).not.toContain('two-stage-deletion'); // customer
    expect(ids).not.toContain('breach-notification'); // internal
  });

  it('never publishes an internal answer anywhere in the built site', () => {
    const secret = 'Legal to confirm the notification deadline';
    for (const file of allFiles(dist).filter((f) => /\.(html|json|csv|xml|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8').includes(secret), file).toBe(false);
    }
  });
});

describe('the answers pages', () => {
  it('list every public answer by topic, with its short answer, and count customer answers without showing them', async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/answers/`);
    const topics = await page.locator('main section > h2').allTextContents();
    expect(topics.slice(0, 3)).toEqual(['Policies and people', 'Access control', 'Encryption']);
    const question = page.locator('main li', { hasText: 'Is customer data encrypted at rest?' });
    expect(await question.locator('a').getAttribute('href')).toBe('/answers/encryption/#encryption-at-rest');
    expect(await question.locator('.badge').textContent()).toBe('Answer: Yes');
    expect(await page.locator('.page-head').textContent()).toContain('3 further answers are available to customers on request.');
    expect(await page.locator('main li').count()).toBe(50);
    expect(await page.locator('body').textContent()).not.toContain('Is there a delay before deleted data is removed for good?');
    await context.close();
  });

  it("show each topic's answers in full, each linked to the measures it relies on", async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/answers/encryption/#encryption-at-rest`);
    const atRest = page.locator('li#encryption-at-rest');
    expect(await atRest.locator('h2').textContent()).toBe('Is customer data encrypted at rest?');
    expect(await atRest.locator('.badge').textContent()).toBe('Answer: Yes');
    expect(await atRest.textContent()).toContain('AES-256');
    expect(await atRest.textContent()).toContain('Annex II 1.0.0');
    expect(await atRest.textContent()).toContain('CSA CCM v4 CEK-03');
    expect(await atRest.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/measures/enc-02/',
      '/measures/sto-02/',
    ]);
    await context.close();
  });

  it('are listed on the measure pages the answers rely on', async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/measures/enc-02/`);
    const link = page.locator('section[aria-labelledby="answers"] a', { hasText: 'Is customer data encrypted at rest?' });
    expect(await link.getAttribute('href')).toBe('/answers/encryption/#encryption-at-rest');
    await context.close();
  });

  it('are counted, not shown, on the measure pages when given to customers only', async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    // MIN-02 backs one public answer and one customer answer (two-stage-deletion).
    await page.goto(`${server.origin}/measures/min-02/`);
    const section = page.locator('section[aria-labelledby="answers"]');
    expect(await section.locator('li').count()).toBe(1);
    expect(await section.textContent()).toContain('1 further answer relying on this measure is available to customers on request.');
    expect(await section.textContent()).not.toContain('Is there a delay before deleted data is removed for good?');
    await context.close();
  });

  it('are found by search, which says it searches them', async () => {
    const { context } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/answers/`);
    expect(await page.getByRole('combobox', { name: 'Search measures, answers, certifications and sub-processors' }).count()).toBe(1);
    await page.goto(`${server.origin}/search/?q=multi-factor`);
    expect(await page.locator('.lead').textContent()).toContain('Search measures, questionnaire answers, certifications');
    await page.locator('#page-search-results a').first().waitFor();
    const hrefs = await page.locator('#page-search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/answers/access-control/'))).toBe(true);
    await context.close();
  });
});
