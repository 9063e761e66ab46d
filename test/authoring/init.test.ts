import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/authoring/init.ts';
import { run } from '../../src/cli/init.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { validateProject } from '../../src/rules/validate.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function init(...argv: string[]) {
  dir ??= mkdtempSync(join(tmpdir(), 'init-test-'));
  const io = memoryIo({ cwd: dir, env: {} });
  return run(argv, io).then((status) => ({ status, out: io.out(), err: io.err() }));
}

function findings() {
  const project = loadProject({
    root: dir,
    contentDir: 'content',
    buildDate: buildDateFromEpoch(Date.parse('2027-01-01T00:00:00Z') / 1000),
  });
  return { project, findings: validateProject(project) };
}

describe('npm run init', () => {
  it('writes a skeleton that validates with no errors and lists what is left as warnings', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-test-'));
    const { status, out } = await init('--name', 'Acme GmbH', '--domain', 'acme.example');
    expect(status).toBe(0);
    expect(out.split('\n')[0]).toBe('Created content/ for Acme GmbH: 30 files (18 draft measures, Annex I, II and III as drafts).');
    const { project, findings: found } = findings();
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    const rules = new Set(found.map((f) => f.rule));
    expect([...rules].sort()).toEqual(['category-coverage', 'measure-draft']);
    // One draft measure per Annex II category the released annex will require, and none of them public.
    const annex = project.model.index.documents.get('annex-ii')!.data;
    expect(annex.requires).toHaveLength(18);
    expect(project.model.measures.map((m) => m.data.satisfies['scc-annex-ii']![0]).sort()).toEqual([...annex.requires].sort());
    expect(project.model.measures.every((m) => m.data.status === 'draft')).toBe(true);
    expect(project.view().measures).toEqual([]);
    expect(project.model.documents.map((d) => d.data.status)).toEqual(['draft', 'draft', 'draft']);
    // Facts nobody can know yet are explicit unknowns, never invented.
    const organisation = readFileSync(join(dir, 'content/organisation.yaml'), 'utf8');
    expect(organisation).toContain('legalName:\n  unknown: "To be supplied by legal: the registered company name."');
    expect(organisation).toContain('baseUrl: https://trust.acme.example');
    expect(organisation).toContain('email: security@acme.example');
  });

  it('copies the product catalogues, so a new company needs nothing from the demo content', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-test-'));
    await init('--name', 'Acme GmbH', '--domain', 'acme.example');
    const shipped = readdirSync(CATALOGUES).filter((file) => file !== 'lint.yaml');
    expect(readdirSync(join(dir, 'content/frameworks')).sort()).toEqual(shipped.sort());
    for (const file of shipped)
      expect(readFileSync(join(dir, 'content/frameworks', file), 'utf8')).toBe(readFileSync(new URL(file, CATALOGUES), 'utf8'));
    expect(readFileSync(join(dir, 'content/lint.yaml'), 'utf8')).toBe(readFileSync(new URL('lint.yaml', CATALOGUES), 'utf8'));
  });

  it('writes German content for --language de', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-test-'));
    expect((await init('--name', 'Müller & Söhne GmbH', '--domain', 'mueller.example', '--language', 'de')).status).toBe(0);
    const { project, findings: found } = findings();
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(project.model.organisation!.data.name).toBe('Müller & Söhne GmbH');
    expect(project.model.organisation!.data.site.languages).toEqual(['de']);
    expect(project.model.documents.every((d) => d.data.language === 'de')).toBe(true);
    expect(readFileSync(join(dir, 'content/processing.yaml'), 'utf8')).toContain(
      'Zu ergänzen durch die Rechtsabteilung: die Kategorien betroffener Personen.',
    );
    const measure = readFileSync(join(dir, 'content/measures/transmission-protection/transmission-protection.mdx'), 'utf8');
    expect(measure).toContain('Beschreiben Sie die Maßnahmen dieser Kategorie („Maßnahmen zum Schutz der Daten während der Übermittlung“)');
    // The draft measures take the official German titles the shipped catalogues carry.
    expect(measure).toContain('title: Maßnahmen zum Schutz der Daten während der Übermittlung\n');
    const taxonomy = project.model.index.frameworks.get('scc-annex-ii')!.data;
    expect(taxonomy.translations?.de).toMatchObject({
      shortTitle: 'SCC Anhang II',
      requirementLabel: 'Kategorie',
      requirementLabelPlural: 'Kategorien',
    });
    expect(taxonomy.requirements.find((r) => r.id === 'limited-retention')?.translations?.de?.title).toBe(
      'Maßnahmen zur Gewährleistung einer begrenzten Vorratsdatenspeicherung',
    );
    // A German company's annexes print no English category heading: every title the German Annex II prints has German.
    expect(found.filter((f) => f.rule === 'translation-missing')).toEqual([]);
  });

  it('never writes over existing content, and says what to do instead', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-test-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/organisation.yaml'), 'name: Existing\n');
    const { status, err } = await init('--name', 'Acme GmbH', '--domain', 'acme.example');
    expect(status).toBe(2);
    expect(err).toBe(
      "init: content is not empty (1 entries): init writes a new company's content into an empty folder. Move the current content away first (for instance `git mv content demo-content`), or choose another folder with --content\n",
    );
    expect(readFileSync(join(dir, 'content/organisation.yaml'), 'utf8')).toBe('name: Existing\n');
  });

  it('answers usage mistakes with one line and exit 2', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-test-'));
    expect(await init('--domain', 'acme.example')).toMatchObject({
      status: 2,
      err: 'init: say whose content this is: --name "Acme GmbH"\nRun `npm run init -- --help` for the options.\n',
    });
    expect((await init('--name', 'Acme', '--domain', 'https://acme.example')).err).toContain(
      '--domain must be an internet domain such as acme.example, got "https://acme.example"',
    );
    expect((await init('--name', 'Acme', '--domain', 'acme.example', '--language', 'fr')).err).toContain(
      '--language must be en or de, got "fr"',
    );
  });
});
