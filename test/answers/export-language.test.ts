import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/export.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { translator } from '../../src/i18n/translator.ts';
import { exportJsonSchema } from '../../src/schema/exports.ts';
import { answersTableWording } from '../../src/site/answers-export.ts';
import { BILINGUAL_CONTENT, FIXTURE_EPOCH } from '../helpers/fixture-content.ts';

// The answers spreadsheet speaks the content's language: a German company (test/fixtures/acme-de, content and site in
// German) gets German sheet names, headers, short answers, topics, document names and About sheet; English content
// keeps English; and --language picks another language, with the answers' own translations.

const ACME_DE = new URL('../fixtures/acme-de/content/', import.meta.url).pathname;
let germanRoot: string;
let bilingual: string;

beforeAll(() => {
  germanRoot = mkdtempSync(join(tmpdir(), 'tc-export-de-'));
  cpSync(ACME_DE, join(germanRoot, 'content'), { recursive: true });
  // A customer answer, so that the label of answers given under NDA shows up too.
  writeFileSync(
    join(germanRoot, 'content/answers/schluesselverwaltung.yaml'),
    `id: schluesselverwaltung
topic: encryption
question: Wer verwaltet die Schlüssel für ruhende Daten?
answer: partial
explanation: Der Schlüsseldienst des Hosting-Anbieters; eigene Schlüssel der Kunden werden nicht unterstützt (ENC-01).
measures: [ENC-01]
reviewedText:
  ENC-01: dc3c8befa4c3
visibility: customer
reviewed: 2026-11-01
owner: plattform-team
`,
  );
  bilingual = mkdtempSync(join(tmpdir(), 'tc-export-bi-'));
  cpSync(BILINGUAL_CONTENT, join(bilingual, 'content'), { recursive: true });
});
afterAll(() => {
  rmSync(germanRoot, { recursive: true, force: true });
  rmSync(bilingual, { recursive: true, force: true });
});

async function exportAnswers(root: string, ...args: string[]) {
  const io = memoryIo({ cwd: root, env: { SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH) } });
  const status = await run(['answers', ...args], io);
  return { status, out: io.out(), err: io.err() };
}

interface Workbook {
  title: string;
  sheets: string[];
  answers: string[][];
  about: string[][];
}

async function readWorkbook(file: string): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows = (index: number) => {
    const out: string[][] = [];
    workbook.worksheets[index]!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    return out;
  };
  return { title: workbook.title, sheets: workbook.worksheets.map((sheet) => sheet.name), answers: rows(0), about: rows(1) };
}

/** Rows as objects keyed by the header row, the form the published table schema describes. */
const keyed = ([header, ...rows]: string[][]) => rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));

function validates(language: string, rows: string[][]): boolean {
  const schema = exportJsonSchema('answers-table', 'https://example.com/answers-table.schema.json', [
    answersTableWording(translator(language)),
  ]);
  return new Ajv2020({ allErrors: true }).validate(schema, keyed(rows));
}

const GERMAN_HEADER = [
  'Kennung der Frage',
  'Thema',
  'Frage',
  'Antwort',
  'Erläuterung',
  'Kennungen der Maßnahmen',
  'Links zu den Maßnahmen',
  'Kennungen in Fragebögen',
  'Zuletzt geprüft',
  'Dokumentversionen',
  'Empfängerkreis',
];

/**
 * Every fixed word English gives the spreadsheet (sheet names, headers, labels, topics, short answers), but those
 * German writes alike ("Organisation").
 */
const german = catalogues.de as Record<string, unknown>;
const englishWords = Object.entries(catalogues.en)
  .filter(([key, text]) => /^(spreadsheet|answers\.topic|answers\.value)\./.test(key) && german[key] !== text)
  .map(([, text]) => (text as string).replace('{organisation}: ', ''));

describe('answers spreadsheet of German content', () => {
  it('says everything in German: sheets, headers, topics, short answers, documents, audiences and the About sheet', async () => {
    const { status, out } = await exportAnswers(germanRoot, '--visibility', 'customer', '--out', 'antworten.xlsx');
    expect(status).toBe(0);
    expect(out).toContain('Wrote antworten.xlsx: 4 answers (public and customer), xlsx');
    const book = await readWorkbook(join(germanRoot, 'antworten.xlsx'));
    expect(book.title).toBe('Acme Analytics GmbH: Antworten auf Sicherheitsfragebögen');
    expect(book.sheets).toEqual(['Antworten', 'Info']);
    expect(book.answers[0]).toEqual(GERMAN_HEADER);
    const byId = new Map(book.answers.slice(1).map((row) => [row[0], row]));
    expect(byId.get('transportverschluesselung')).toEqual([
      'transportverschluesselung',
      'Verschlüsselung',
      'Werden Kundendaten bei der Übertragung verschlüsselt?',
      'Ja',
      'Verbindungen werden nur über TLS 1.2 oder höher angenommen (TRN-01).',
      'TRN-01',
      'https://trust.acme-analytics.example/measures/trn-01/',
      'CSA CCM v4 CEK-03',
      '2026-11-01',
      'Anhang II 0.1.0 (Entwurf)',
      'Öffentlich',
    ]);
    expect(byId.get('schluesselverwaltung')!.slice(3, 4)).toEqual(['Teilweise']);
    expect(byId.get('schluesselverwaltung')!.at(-1)).toBe('Kunden (NDA)');
    expect(byId.get('datensicherung')![1]).toBe('Datensicherung und Ausfallsicherheit');
    expect(book.about.map(([field]) => field)).toEqual([
      'Organisation',
      'Trust Center',
      'Erstellt am',
      'Empfängerkreis',
      'Antworten',
      'Zugrunde liegende Dokumente',
      'Hinweis',
    ]);
    expect(book.about[3]![1]).toBe('Kunden: enthält Antworten, die nur unter NDA gegeben werden');
    expect(book.about[5]![1]).toBe('Anhang II 0.1.0 (Entwurf)');
    // No English fixed word anywhere in the workbook (the content is German, so any English is ours).
    const cells = [book.title, ...book.sheets, ...book.answers.flat(), ...book.about.flat()];
    const leaked = englishWords.filter((word) => cells.some((cell) => cell.includes(word)));
    expect(leaked).toEqual([]);
    expect(englishWords).toContain('Question id'); // the list is what it claims to be
    // The table schema keyed by the German headers accepts the rows; one keyed by the English headers does not.
    expect(validates('de', book.answers)).toBe(true);
    expect(validates('en', book.answers)).toBe(false);
  });

  it('writes the German headers and labels to CSV as well', async () => {
    const { out: csv } = await exportAnswers(germanRoot, '--format', 'csv', '--out', '-');
    const [header, ...rows] = csv
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(header).toBe(GERMAN_HEADER.join(','));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/,Verschlüsselung,|,Datensicherung und Ausfallsicherheit,/);
    for (const row of rows) expect(row).toMatch(/,Ja,.*,Anhang II 0\.1\.0 \(Entwurf\),Öffentlich$/);
  });

  it('keeps its bytes: two runs give the same file', async () => {
    await exportAnswers(germanRoot, '--out', 'one.xlsx');
    await new Promise((done) => setTimeout(done, 1100)); // another clock second
    await exportAnswers(germanRoot, '--out', 'two.xlsx');
    expect(readFileSync(join(germanRoot, 'one.xlsx')).equals(readFileSync(join(germanRoot, 'two.xlsx')))).toBe(true);
  });

  it('leaves the JSON field names and labels as the schema words them', async () => {
    const json = JSON.parse((await exportAnswers(germanRoot, '--format', 'json', '--out', '-')).out);
    expect(Object.keys(json.answers[0])).toContain('topicTitle');
    expect(json.answers.find((a: { id: string }) => a.id === 'transportverschluesselung').documents[0].label).toBe(
      'Annex II 0.1.0 (draft)',
    );
  });
});

describe('answers spreadsheet of English content published in English and German', () => {
  it('is English by default: the content is written in English', async () => {
    await exportAnswers(bilingual, '--out', 'answers.xlsx');
    const book = await readWorkbook(join(bilingual, 'answers.xlsx'));
    expect(book.title).toBe('Example Processor: security questionnaire answers');
    expect(book.sheets).toEqual(['Answers', 'About']);
    expect(book.answers[0]![0]).toBe('Question id');
    const inTransit = book.answers.find((row) => row[0] === 'encryption-in-transit')!;
    expect(inTransit.slice(1, 4)).toEqual(['Encryption', 'Is customer data encrypted in transit?', 'Yes']);
    expect(inTransit[6]).toBe('https://trust.example.com/en/measures/enc-01/');
    // Two Annex II documents would read alike: each names its languages, as on the site.
    expect(inTransit[9]).toBe('Annex II 1.0.0 (German and English)\nAnnex II 1.0.0 (English)');
    expect(book.about.map(([field]) => field)).toEqual([
      'Organisation',
      'Trust center',
      'Built on',
      'Audience',
      'Answers',
      'Documents reflected',
      'About',
    ]);
    expect(validates('en', book.answers)).toBe(true);
  });

  it('is German with --language de: German words, the German translations, links to the German pages', async () => {
    const { status } = await exportAnswers(bilingual, '--language', 'de', '--out', 'antworten.xlsx');
    expect(status).toBe(0);
    const book = await readWorkbook(join(bilingual, 'antworten.xlsx'));
    expect(book.sheets).toEqual(['Antworten', 'Info']);
    expect(book.answers[0]).toEqual(GERMAN_HEADER);
    const inTransit = book.answers.find((row) => row[0] === 'encryption-in-transit')!;
    expect(inTransit.slice(1, 5)).toEqual([
      'Verschlüsselung',
      'Werden Kundendaten bei der Übertragung verschlüsselt?',
      'Ja',
      'Verbindungen werden nur über TLS 1.2 oder höher angenommen (ENC-01).',
    ]);
    expect(inTransit[6]).toBe('https://trust.example.com/de/measures/enc-01/');
    expect(inTransit[9]).toBe('Anhang II 1.0.0 (Deutsch und Englisch)\nAnhang II 1.0.0 (Englisch)');
    // Not yet translated: the English text, as the German page shows it, under German words.
    const review = book.answers.find((row) => row[0] === 'access-review')!;
    expect(review.slice(1, 4)).toEqual(['Zugriffskontrolle', 'Are access rights reviewed at a fixed interval?', 'Ja']);
    expect(validates('de', book.answers)).toBe(true);
  });

  it('refuses a language without a catalogue, and --language on the JSON', async () => {
    const french = await exportAnswers(bilingual, '--language', 'fr', '--out', 'x.xlsx');
    expect(french.status).toBe(2);
    expect(french.err).toContain('--language must be a language with a message catalogue (en, de), got "fr"');
    const json = await exportAnswers(bilingual, '--language', 'de', '--format', 'json', '--out', '-');
    expect(json.status).toBe(2);
    expect(json.err).toContain('--language applies to xlsx and csv');
  });
});
