import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localiseView } from '../../src/content/localise.ts';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/contents.ts';
import type { AnnexIIBody, DocumentContent } from '../../src/documents/types.ts';
import { validateProject } from '../../src/rules/validate.ts';
import { BILINGUAL_CONTENT, fixtureBuildDate, overlayFixtures, SEED_CONTENT, SEED_DE_CONTENT } from '../helpers/fixture-content.ts';

const load = (root: string) => loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate });

describe('documents in German, from the seed content and its German texts', () => {
  const english = overlayFixtures(SEED_CONTENT);
  const german = overlayFixtures(SEED_CONTENT, SEED_DE_CONTENT);
  let before: DocumentContent[];
  let after: DocumentContent[];
  beforeAll(() => {
    before = buildDocuments(load(english.root).view());
    after = buildDocuments(load(german.root).view());
  });
  afterAll(() => {
    english.cleanup();
    german.cleanup();
  });

  it('leaves every English document exactly as it was: same content, same hash', () => {
    for (const doc of before) {
      const same = after.find((d) => d.id === doc.id)!;
      expect(same.hash, doc.id).toBe(doc.hash);
      expect(same.body, doc.id).toEqual(doc.body);
    }
  });

  it('prints the German Annex II with the official German category headings and every measure in German', () => {
    const doc = after.find((d) => d.id === 'annex-ii-de')!;
    expect(doc).toMatchObject({ language: 'de', label: 'Anhang II', annexNumber: 'II' });
    const body = doc.body as AnnexIIBody;
    expect(body.categories.map((c) => c.title).slice(0, 3)).toEqual([
      'Maßnahmen der Pseudonymisierung und Verschlüsselung personenbezogener Daten',
      'Maßnahmen zur fortdauernden Sicherstellung der Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit der Systeme und Dienste im Zusammenhang mit der Verarbeitung',
      'Maßnahmen zur Sicherstellung der Fähigkeit, die Verfügbarkeit der personenbezogenen Daten und den Zugang zu ihnen bei einem physischen oder technischen Zwischenfall rasch wiederherzustellen',
    ]);
    const measures = body.categories.flatMap((c) => c.measures);
    expect(measures).toHaveLength(39);
    expect(measures.filter((m) => m.lang)).toEqual([]);
    expect(measures.find((m) => m.id === 'TRN-01')?.title).toBe('Verschlüsselung von Daten bei der Übertragung (TLS)');
    expect(body.categories.some((c) => c.lang)).toBe(false);
    expect(body.appendix?.frameworks.map((f) => f.title)).toEqual([
      'ISO/IEC 27001:2022 Anhang A',
      expect.stringContaining('SOC 2'),
      'NIST Cybersecurity Framework (CSF) 2.0',
    ]);
    expect(doc.translationNotes).toEqual([
      { language: 'de', missing: [], unreviewed: expect.arrayContaining(['TRN-01']), machineAssisted: 39, stale: [] },
    ]);
    expect(doc.translationNotes[0]!.unreviewed).toHaveLength(39);
  });

  it('validates: a draft German annex may print machine-assisted drafts, but a released one may not', () => {
    const project = load(german.root);
    expect(validateProject(project).filter((f) => f.rule.startsWith('translation'))).toEqual([]);
    const file = join(german.root, 'content/documents/annex-ii-de.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('status: draft', 'status: released')
        .replace('version: 0.1.0', 'version: 1.0.0')
        .replace('- version: 0.1.0', '- version: 1.0.0'),
    );
    const released = validateProject(load(german.root)).filter((f) => f.rule === 'translation-unreviewed');
    expect(released).toHaveLength(39);
    expect(released[0]!.message).toMatch(
      /^released annex-ii-de in de prints \S+ from content\/measures\/.+\.de\.mdx, a machine-assisted draft not yet reviewed$/,
    );
  });
});

describe('a bilingual annex', () => {
  const fixture = overlayFixtures(BILINGUAL_CONTENT);
  afterAll(() => fixture.cleanup());
  const bilingual = () => buildDocuments(load(fixture.root).view()).find((d) => d.id === 'annex-ii-bilingual')!;

  it('holds both language versions in the same order, and the prevailing-language clause in each', () => {
    const doc = bilingual();
    expect(doc.language).toBe('de');
    expect(doc.label).toBe('Anhang II');
    expect(doc.second).toMatchObject({ language: 'en', label: 'Annex II', title: 'Technical and organisational measures' });
    const de = doc.body as AnnexIIBody;
    const en = doc.second!.body as AnnexIIBody;
    expect(de.categories.map((c) => c.measures.map((m) => m.id))).toEqual(en.categories.map((c) => c.measures.map((m) => m.id)));
    expect(de.categories[0]!.measures[0]!.title).toBe('Transportverschlüsselung');
    expect(en.categories[0]!.measures[0]!.title).toBe('Encryption in transit');
    expect(doc.prevailing).toEqual({
      language: 'de',
      clause: {
        de: 'Dieser Anhang liegt in den Sprachfassungen Deutsch und Englisch vor. Bei Abweichungen zwischen den Sprachfassungen ist die Sprachfassung Deutsch maßgeblich.',
        en: 'This Annex is made in German and English. In the event of any discrepancy between the language versions, the German version prevails.',
      },
    });
  });

  it('changes its hash when either language changes, and reports the German text as stale when only the English changed', () => {
    const hash = bilingual().hash;
    const file = join(fixture.root, 'content/measures/encryption/enc-01.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('TLS 1.2 or higher', 'TLS 1.3'));
    expect(bilingual().hash).not.toBe(hash);
    const stale = validateProject(load(fixture.root)).filter((f) => f.rule === 'translation-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ file: 'content/measures/encryption/enc-01.de.mdx', severity: 'warning' });
    expect(stale[0]!.message).toContain(
      'content/measures/encryption/enc-01.de.mdx translates an earlier version of content/measures/encryption/enc-01.mdx',
    );
    expect(stale[0]!.hint).toMatch(/then set translates: [0-9a-f]{16}$/);
    // The draft notice of the annex, which legal reads, names it too.
    expect(bilingual().translationNotes.find((n) => n.language === 'de')?.stale).toEqual(['ENC-01']);
  });

  it('refuses a bilingual document that does not say which version prevails', () => {
    const file = join(fixture.root, 'content/documents/annex-ii-bilingual.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('prevailing: de\n', ''));
    const findings = load(fixture.root).loadFindings.filter((f) => f.rule === 'schema');
    expect(findings.map((f) => [f.message, f.hint])).toEqual([
      ['languages: a bilingual document says which version prevails', 'add prevailing: de or prevailing: en'],
    ]);
  });
});

describe('localising the public view', () => {
  const fixture = overlayFixtures(BILINGUAL_CONTENT);
  afterAll(() => fixture.cleanup());

  it('takes titles and bodies from the translations, and marks what has none with the language it is in', () => {
    const file = join(fixture.root, 'content/measures/access/acc-01.de.mdx');
    writeFileSync(file, '');
    const view = load(fixture.root).view();
    const de = localiseView(view, 'de');
    expect(de.taxonomy).toMatchObject({ title: 'Beispieltaxonomie', requirementLabel: 'Kategorie', requirementLabelPlural: 'Kategorien' });
    expect(de.taxonomy.lang).toBeUndefined();
    expect(de.measures.find((m) => m.id === 'ENC-01')).toMatchObject({
      title: 'Transportverschlüsselung',
      translation: { status: 'reviewed', current: true },
    });
    expect(de.measures.find((m) => m.id === 'ACC-01')).toMatchObject({ title: 'Quarterly access review', lang: 'en' });
    const controls = de.frameworks.find((f) => f.id === 'controls')!;
    expect(controls.requirements[0]).toMatchObject({ title: 'Use of cryptography', lang: 'en' });
    expect(localiseView(view, 'de-AT').measures.find((m) => m.id === 'ENC-01')?.title).toBe('Transportverschlüsselung');
    expect(localiseView(view, 'en').measures.find((m) => m.id === 'ENC-01')).toMatchObject({ title: 'Encryption in transit' });
  });
});
