import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/export.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { exportJsonSchema } from '../../src/schema/exports.ts';
import { FIXTURE_EPOCH, MINIMAL_CONTENT } from '../helpers/fixture-content.ts';

// `npm run export -- answers` in-process on the minimal content plus an internal answer planted with a secret
// explanation: the public export holds the public answer, the customer export adds the customer answer, and no
// export ever holds the internal one or an owner.
let root: string;
const SECRET = 'INTERNAL-ONLY-ANSWER-TEXT';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tc-export-'));
  cpSync(MINIMAL_CONTENT, join(root, 'content'), { recursive: true });
  writeFileSync(
    join(root, 'content/answers/internal-note.yaml'),
    `id: internal-note
topic: encryption
question: What do we tell auditors about key custody?
answer: partial
explanation: ${SECRET}
measures: [ENC-01]
visibility: internal
reviewed: 2026-10-02
owner: secret-owner-team
`,
  );
  // A formula-looking explanation must reach a spreadsheet as text, never as a formula.
  const path = join(root, 'content/answers/encryption-in-transit.yaml');
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(
      /^explanation: .*$/m,
      'explanation: "=HYPERLINK(\\"https://evil.example\\") TLS 1.2 or higher (ENC-01)."',
    ),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function exportAnswers(...args: string[]) {
  const io = memoryIo({ cwd: root, env: { SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH) } });
  const status = await run(['answers', ...args], io);
  return { status, out: io.out(), err: io.err() };
}

async function readSheet(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Answers')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

describe('npm run export -- answers', () => {
  it('writes an xlsx a spreadsheet reader opens, with one row per public answer', async () => {
    const { status, out } = await exportAnswers('--format', 'xlsx', '--out', 'a.xlsx');
    expect(status).toBe(0);
    expect(out).toBe('Wrote a.xlsx: 1 answer, xlsx, built 2026-11-27\n');
    const rows = await readSheet(join(root, 'a.xlsx'));
    expect(rows[0]).toEqual([
      'Question id',
      'Topic',
      'Question',
      'Answer',
      'Explanation',
      'Measure ids',
      'Measure links',
      'Questionnaire ids',
      'Last reviewed',
      'Document versions',
      'Audience',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'encryption-in-transit',
        'Encryption',
        'Is customer data encrypted in transit?',
        'Yes',
        '=HYPERLINK("https://evil.example") TLS 1.2 or higher (ENC-01).',
        'ENC-01',
        'https://trust.example.com/measures/enc-01/',
        'CSA CCM v4 CEK-03',
        '2026-10-02',
        'Annex II 1.0.0',
        'Public',
      ],
    ]);
    // Stored as a string cell, not a formula.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(root, 'a.xlsx'));
    expect(workbook.getWorksheet('Answers')!.getCell('E2').type).toBe(ExcelJS.ValueType.String);
  });

  it('gives identical bytes on two runs of the same content and build date', async () => {
    await exportAnswers('--out', 'one.xlsx');
    await new Promise((done) => setTimeout(done, 2100)); // a different clock second: zip entry times must not follow it
    await exportAnswers('--out', 'two.xlsx');
    const one = readFileSync(join(root, 'one.xlsx'));
    expect(one.equals(readFileSync(join(root, 'two.xlsx')))).toBe(true);
    expect(one.subarray(0, 2).toString()).toBe('PK');
  });

  it('adds the customer answers with --visibility customer, and never the internal one', async () => {
    const { out } = await exportAnswers('--format', 'xlsx', '--visibility', 'customer', '--out', 'c.xlsx');
    expect(out).toContain('2 answers (public and customer)');
    expect(out).toContain('send it to customers only');
    const rows = await readSheet(join(root, 'c.xlsx'));
    expect(rows.slice(1).map((row) => [row[0], row[10]])).toEqual([
      ['access-review', 'Customer (NDA)'],
      ['encryption-in-transit', 'Public'],
    ]);
    for (const format of ['csv', 'json'] as const) {
      for (const visibility of ['public', 'customer']) {
        const { out: text } = await exportAnswers('--format', format, '--visibility', visibility, '--out', '-');
        expect(text).not.toContain(SECRET);
        expect(text).not.toMatch(/"owner"|secret-owner-team|security-team|platform-team|internal-note|wiki\.internal/);
      }
    }
    const zipText = readFileSync(join(root, 'c.xlsx')).toString('latin1');
    expect(zipText).not.toContain('internal-note');
  });

  it('writes CSV a spreadsheet cannot run, and JSON that validates against its published schema', async () => {
    const csv = (await exportAnswers('--format', 'csv', '--out', '-')).out;
    expect(csv.startsWith('\ufeffQuestion id,Topic,Question,Answer,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"") TLS 1.2 or higher (ENC-01)."`);
    const json = JSON.parse((await exportAnswers('--format', 'json', '--visibility', 'customer', '--out', '-')).out);
    const ajv = new Ajv2020({ allErrors: true });
    const valid = ajv.validate(exportJsonSchema('answers', 'https://trust.example.com/exports/schema/answers.schema.json'), json);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(json.audience).toBe('customer');
    expect(json.$schema).toBe('https://trust.example.com/exports/schema/answers.schema.json');
  });

  it('refuses content with errors, and says what is wrong with the command line', async () => {
    const broken = join(root, 'content/answers/broken.yaml');
    writeFileSync(
      broken,
      readFileSync(join(root, 'content/answers/access-review.yaml'), 'utf8')
        .replace('id: access-review', 'id: broken')
        .replace('[ACC-01]', '[ACC-09]'),
    );
    try {
      const { status, err } = await exportAnswers('--out', 'never.xlsx');
      expect(status).toBe(1);
      expect(err).toMatch(/unknown-measure +answer broken relies on measure "ACC-09"/);
      expect(err).toContain('nothing was exported');
    } finally {
      rmSync(broken);
    }
    expect((await exportAnswers('--visibility', 'internal')).err).toMatch(/--visibility must be public or customer, got "internal"/);
    expect((await exportAnswers('--format', 'xlsx', '--out', '-')).status).toBe(2);
    const io = memoryIo({ cwd: root });
    expect(await run(['measures'], io)).toBe(2);
    expect(io.err()).toContain('cannot export "measures"');
  });
});
