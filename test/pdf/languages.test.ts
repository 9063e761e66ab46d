import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/contents.ts';
import type { DocumentContent } from '../../src/documents/types.ts';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { renderDocument, renderSignedDocument } from '../../src/pdf/render.ts';
import { createDevelopmentP12 } from '../../src/pdf/sign/development.ts';
import { loadSigner } from '../../src/pdf/sign/signer.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { BILINGUAL_CONTENT, fixtureBuildDate, overlayFixtures, SEED_CONTENT, SEED_DE_CONTENT } from '../helpers/fixture-content.ts';
import { extractText, tool } from './poppler.ts';

// The German Annex II of the seed content (its German texts laid over it), and the bilingual annex of the bilingual
// fixture: real PDFs, read back with poppler.
const dir = mkdtempSync(join(tmpdir(), 'pdf-languages-'));
const buildDate = fixtureBuildDate;
const english = overlayFixtures(SEED_CONTENT);
const german = overlayFixtures(SEED_CONTENT, SEED_DE_CONTENT);
const bilingual = overlayFixtures(BILINGUAL_CONTENT);
const documents = (root: string): DocumentContent[] => buildDocuments(loadProject({ root, contentDir: 'content', buildDate }).view());
let signer: ReturnType<typeof loadSigner>;

beforeAll(() => {
  const p12 = join(dir, 'key.p12');
  writeFileSync(p12, createDevelopmentP12('Test', 'pw', 'Languages test signer'));
  signer = loadSigner({ cacheDir: join(dir, '.cache'), signing: { p12, password: 'pw' }, release: false, organisation: 'Test' });
});
afterAll(() => {
  english.cleanup();
  german.cleanup();
  bilingual.cleanup();
});

/** The English chrome of the PDFs: the literal words of every message the documents print, as English has them. */
function englishChrome(): string[] {
  const german = catalogues.de as Record<string, unknown>;
  return Object.entries(catalogues.en as Record<string, unknown>)
    .filter(([key]) => /^(pdf|annexI|annexII|annexIII|signatures|party|role|unknown|meta|transfer)\./.test(key))
    .flatMap(([key, message]) => (typeof message === 'string' && message !== german[key] ? message.split(/\{\w+\}/) : []))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 6 && /[a-z]{3}/.test(fragment));
}

describe('a German Annex II', () => {
  it('speaks German throughout: German chrome, the official category headings, German dates, no English chrome', async () => {
    const doc = documents(german.root).find((d) => d.id === 'annex-ii-de')!;
    const file = join(dir, 'annex-ii-de.pdf');
    writeFileSync(file, (await renderSignedDocument(doc, { buildDate, signer })).bytes);
    const text = extractText(file);
    expect(text).toContain('Seite 1 von');
    expect(text).toContain('ANHANG II');
    expect(text).toContain('Maßnahmen der Pseudonymisierung und Verschlüsselung personenbezogener Daten');
    expect(text).toContain('Maßnahmen zur Gewährleistung einer begrenzten Vorratsdatenspeicherung');
    expect(text).toContain('Gültig ab 2. November 2026');
    expect(text).toContain('Daten bei der Übertragung werden durch Transport Layer Security („TLS“) geschützt.');
    expect(text).toContain('Übersicht: Zuordnung der Maßnahmen zu Anforderungen');
    for (const fragment of englishChrome()) expect(text, `English chrome "${fragment}"`).not.toContain(fragment);
    const info = tool('pdfinfo', [file]).stdout;
    expect(info).toMatch(
      /Title:\s+Anhang II – Technische und organisatorische Maßnahmen, einschließlich zur Gewährleistung der Sicherheit der Daten \(ENTWURF\)/,
    );
    const report = await verifyPdf(readFileSync(file));
    expect(report.ok).toBe(true);
    expect(report.signatures[0]?.reason).toBe('ENTWURF – nicht zur Unterzeichnung');
  });

  it('leaves the English Annex II byte for byte the same, with or without the German texts beside it', async () => {
    const before = documents(english.root).find((d) => d.id === 'annex-ii')!;
    const after = documents(german.root).find((d) => d.id === 'annex-ii')!;
    const [a, b] = await Promise.all([renderDocument(before, { buildDate }), renderDocument(after, { buildDate })]);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });
});

describe('a bilingual Annex II', () => {
  it('sets each item in German, then in English, states which version prevails, and verifies', async () => {
    const doc = documents(bilingual.root).find((d) => d.id === 'annex-ii-bilingual')!;
    const file = join(dir, 'annex-ii-bilingual.pdf');
    const { bytes } = await renderSignedDocument(doc, { buildDate, signer });
    writeFileSync(file, bytes);
    const report = await verifyPdf(readFileSync(file));
    expect(report.ok, report.problem).toBe(true);
    const text = extractText(file);
    expect(text).toContain('ANHANG II / ANNEX II');
    expect(text).toContain('Seite 1 von 3 / Page 1 of 3');
    expect(text).toContain('Gültig ab / Effective date 1. November 2026');
    expect(text).toContain('Bei Abweichungen zwischen den Sprachfassungen ist die Sprachfassung Deutsch maßgeblich.');
    expect(text).toContain('In the event of any discrepancy between the language versions, the German version prevails.');
    const de = text.indexOf('Transportverschlüsselung');
    const en = text.indexOf('Encryption in transit');
    const next = text.indexOf('Vierteljährliche Überprüfung der Zugriffsrechte');
    expect(de).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(de);
    expect(next).toBeGreaterThan(en);
    // The English parts are tagged with their language, so a screen reader switches voice.
    const qdf = join(dir, 'bilingual-qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const structure = readFileSync(qdf, 'latin1');
    expect(structure).toContain('/Lang (de)');
    expect(structure.match(/\/Lang <FEFF0065006E>/gi)?.length ?? 0).toBeGreaterThan(3);
    expect(tool('pdfinfo', ['-meta', file]).stdout).toContain('<rdf:li>de</rdf:li><rdf:li>en</rdf:li>');
  });
});
