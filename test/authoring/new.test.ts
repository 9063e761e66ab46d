import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseNewArgs } from '../../src/cli/new.ts';
import { runNew } from '../../src/authoring/run.ts';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { validateProject } from '../../src/rules/validate.ts';
import { fixtures, projectRoot } from '../diff/git-repo.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the minimal fixture content (valid, no findings) to scaffold into. */
function project(): string {
  dir = mkdtempSync(join(tmpdir(), 'new-test-'));
  cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
  return dir;
}

function create(...argv: string[]) {
  const args = parseNewArgs(argv);
  return runNew({ kind: args.kind!, values: args.values, print: args.print }, { root: dir, contentDir: 'content', today: '2026-10-26' });
}

/** Rule ids validation reports, after the scaffold was written. */
function findings(): string[] {
  const loaded = loadProject({ root: dir, contentDir: 'content', buildDate: buildDateFromEpoch(1793000000) });
  return validateProject(loaded).map((finding) => `${finding.file} ${finding.severity} ${finding.rule}`);
}

describe('npm run new -- translation', () => {
  it("writes the measure's text in another language beside it, recording the version it translates, as a draft", async () => {
    project();
    const scaffold = await create('translation', '--measure', 'ENC-01', '--language', 'de', '--title', 'Transportverschlüsselung');
    expect(scaffold.file).toBe('content/measures/pseudonymisation-encryption/encryption-at-rest.de.mdx');
    const text = readFileSync(join(dir, scaffold.file), 'utf8');
    expect(text).toContain('title: Transportverschlüsselung\n');
    expect(text).toMatch(/\ntranslates: [0-9a-f]{16}\nstatus: draft\nmethod: human\n---\n/);
    // The body starts as the source text, to translate in place; the translation is current, not stale.
    expect(text).toContain(
      readFileSync(join(dir, 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx'), 'utf8').split('---\n')[2]!.trim(),
    );
    expect(findings().filter((f) => f.includes('translation'))).toEqual([]);
  });

  it("refuses a measure that does not exist, the content's own language and a translation that exists", async () => {
    project();
    await expect(create('translation', '--measure', 'XYZ-01', '--language', 'de')).rejects.toThrow(
      /^there is no measure "XYZ-01" \(such as [A-Z]+-\d+/,
    );
    await expect(create('translation', '--measure', 'ENC-01', '--language', 'en')).rejects.toThrow(
      'the content is written in en: content/measures/pseudonymisation-encryption/encryption-at-rest.mdx is already the en text',
    );
    await create('translation', '--measure', 'ENC-01', '--language', 'de');
    await expect(create('translation', '--measure', 'ENC-01', '--language', 'de')).rejects.toThrow(/encryption-at-rest\.de\.mdx exists/);
  });
});

describe('npm run new -- translation --answer', () => {
  it("writes an answer's text in another language beside it, current and a draft; refuses a second and a missing id", async () => {
    project();
    await create(
      'answer',
      '--question',
      'Is customer data encrypted in transit?',
      '--topic',
      'encryption',
      '--measures',
      'ENC-01',
      '--id',
      'encryption-in-transit',
    );
    const scaffold = await create('translation', '--answer', 'encryption-in-transit', '--language', 'de');
    expect(scaffold.file).toBe('content/answers/encryption-in-transit.de.yaml');
    const text = readFileSync(join(dir, scaffold.file), 'utf8');
    expect(text).toContain('question: Is customer data encrypted in transit?\n');
    expect(text).toMatch(/\ntranslates: [0-9a-f]{16}\nstatus: draft\nmethod: human\n$/);
    expect(findings().filter((f) => f.includes('translation'))).toEqual([]);
    await expect(create('translation', '--answer', 'encryption-in-transit', '--language', 'de')).rejects.toThrow(
      /encryption-in-transit\.de\.yaml exists/,
    );
    await expect(create('translation', '--answer', 'nothing', '--language', 'de')).rejects.toThrow(/^there is no answer "nothing"/);
    await expect(create('translation', '--language', 'de')).rejects.toThrow(
      'give the measure (--measure <id>) or the answer (--answer <id>) to translate',
    );
  });
});

describe('npm run new -- measure', () => {
  it('writes a measure with the next id of its category that validates except for the gaps it leaves on purpose', async () => {
    project();
    const scaffold = await create(
      'measure',
      '--category',
      'pseudonymisation-encryption',
      '--title',
      'Key rotation: every 90 days',
      '--date',
      '2026-10-20',
    );

    expect(scaffold.id).toBe('ENC-02');
    expect(scaffold.file).toBe('content/measures/pseudonymisation-encryption/key-rotation-every-90-days.mdx');
    const text = readFileSync(join(dir, scaffold.file), 'utf8');
    expect(text).toContain('title: "Key rotation: every 90 days"');
    expect(text).toContain('owner: platform-team');
    expect(text).toContain('reviewed: 2026-10-20');
    expect(text).toContain('  # iso27001-2022: ["8.24"]');
    expect(findings()).toEqual([
      `${scaffold.file} error measure-controls`,
      `${scaffold.file} error measure-evidence`,
      `${scaffold.file} warning specificity`,
    ]);
  });

  it('counts retired and invalid measures so an id is never handed out twice, and keeps the width in use', async () => {
    project();
    writeFileSync(
      join(dir, 'content/measures/pseudonymisation-encryption/old.mdx'),
      readFileSync(join(dir, 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx'), 'utf8')
        .replace('ENC-01', 'ENC-007')
        .replace('status: implemented', 'status: retired'),
    );
    writeFileSync(join(dir, 'content/measures/physical-security/broken.mdx'), '---\nid: ENC-012\ntitle: broken\n---\n');
    const scaffold = await create(
      'measure',
      '--category',
      'pseudonymisation-encryption',
      '--title',
      'Next',
      '--date',
      '2026-10-20',
      '--status',
      'planned',
    );
    expect(scaffold.id).toBe('ENC-013');
  });

  it('derives a prefix for a category without measures, and refuses one another category already uses', async () => {
    project();
    const taxonomy = join(dir, 'content/frameworks/scc-annex-ii.yaml');
    writeFileSync(
      taxonomy,
      `${readFileSync(taxonomy, 'utf8')}  - id: events-logging\n    title: Measures for ensuring events logging\n  - id: physical-access\n    title: Physical access (test)\n`,
    );
    const scaffold = await create(
      'measure',
      '--category',
      'events-logging',
      '--title',
      'Audit log',
      '--owner',
      'sre-team',
      '--date',
      '2026-10-20',
    );
    expect(scaffold.id).toBe('EVE-01');
    expect(scaffold.notes[0]).toContain('a new prefix derived from the category');

    await expect(
      create('measure', '--category', 'physical-access', '--title', 'Doors', '--owner', 'x', '--date', '2026-10-20'),
    ).rejects.toThrow(
      'the prefix PHY derived from "physical-access" is already used by PHY-01 (content/measures/physical-security/office-access.mdx); choose one with --prefix',
    );
    expect(
      (
        await create(
          'measure',
          '--category',
          'physical-access',
          '--title',
          'Doors',
          '--owner',
          'x',
          '--prefix',
          'door',
          '--date',
          '2026-10-20',
        )
      ).id,
    ).toBe('DOOR-01');
  });

  it('names the categories when given an unknown one, and never overwrites a file', async () => {
    project();
    await expect(create('measure', '--category', 'encryption', '--title', 'X')).rejects.toThrow(
      '"encryption" is not a category of scc-annex-ii; choose one of: pseudonymisation-encryption, restore-availability, physical-security',
    );
    const first = await create('measure', '--category', 'restore-availability', '--title', 'Daily backups', '--date', '2026-10-20');
    const second = await create('measure', '--category', 'restore-availability', '--title', 'Daily backups', '--date', '2026-10-20');
    expect([first.file, second.file]).toEqual([
      'content/measures/restore-availability/daily-backups-2.mdx',
      'content/measures/restore-availability/daily-backups-3.mdx',
    ]);
    expect([first.id, second.id]).toEqual(['REC-02', 'REC-03']);
  });
});

describe('npm run new -- evidence and subprocessor', () => {
  it('writes internal evidence that validates', async () => {
    project();
    const scaffold = await create('evidence', '--title', 'Key rotation log', '--location', 'infra/kms', '--kind', 'log');
    expect(scaffold.file).toBe('content/evidence/key-rotation-log.yaml');
    expect(readFileSync(join(dir, scaffold.file), 'utf8')).toContain('visibility: internal\n');
    expect(findings()).toEqual([]);
  });

  it('writes a sub-processor whose unknown facts a released Annex III reports', async () => {
    project();
    const scaffold = await create(
      'subprocessor',
      '--name',
      'Mailer Inc.',
      '--purpose',
      'Sending e-mail.',
      '--locations',
      'ie,de',
      '--date',
      '2026-10-01',
    );
    const text = readFileSync(join(dir, scaffold.file), 'utf8');
    expect(text).toContain('locations: [IE, DE]\n');
    expect(text).toContain('transferMechanisms: [eea]\n');
    expect(text).toContain('history:\n  - date: 2026-10-01\n    change: added\n');
    expect(findings()).toEqual([
      ...Array(4).fill('content/documents/annex-iii.yaml error document-facts'),
      // The trust center leaves the unknown legal name and data categories out, and says so.
      ...Array(2).fill('content/subprocessors/mailer-inc.yaml warning hidden-unknown'),
    ]);
  });
});

describe('the command', () => {
  it('fails without asking when a required value is missing and stdin is not a terminal', () => {
    project();
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/new.ts'), 'measure', '--category', 'physical-security'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'new: missing --title (stdin is not a terminal, so nothing is asked)\nRun `npm run new -- --help` for the options.\n',
    );
    expect(existsSync(join(dir, 'content/measures/physical-security/office-access.mdx'))).toBe(true);
  });

  it('prints where the file is', () => {
    project();
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/new.ts'), 'measure', '--category', 'physical-security', '--title', 'Visitor log', '--date', '2026-10-20'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Created content/measures/physical-security/visitor-log.mdx (PHY-02)');
  });

  it('rejects options that do not apply to the kind', () => {
    expect(() => parseNewArgs(['evidence', '--category', 'x'])).toThrow('--category does not apply to evidence');
    expect(() => parseNewArgs(['policy'])).toThrow('cannot create "policy": choose measure, evidence, subprocessor');
  });
});

describe('npm run new -- answer', () => {
  it('writes an internal answer that records the text of its measures, so a later rewording is reported', async () => {
    project();
    const scaffold = await create('answer', '--question', 'Is data encrypted at rest?', '--topic', 'encryption', '--measures', 'enc-01');
    expect(scaffold.file).toBe('content/answers/is-data-encrypted-at-rest.yaml');
    const text = readFileSync(join(dir, scaffold.file), 'utf8');
    expect(text).toContain('measures: [ENC-01]');
    expect(text).toMatch(/reviewedText:\n {2}ENC-01: "?[0-9a-f]{12}"?\n/);
    expect(text).toContain('visibility: internal');
    expect(text).toContain('reviewed: 2026-10-26');
    expect(findings()).toEqual([]);

    const measure = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';
    writeFileSync(join(dir, measure), readFileSync(join(dir, measure), 'utf8').replace('AES-256', 'AES-128'));
    expect(findings()).toEqual([`${scaffold.file} warning answer-stale`]);
  });

  it('cannot be published with its placeholder explanation: made public unwritten, validation reports it', async () => {
    project();
    const scaffold = await create('answer', '--question', 'Is data encrypted at rest?', '--topic', 'encryption', '--measures', 'ENC-01');
    const file = join(dir, scaffold.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('visibility: internal', 'visibility: public'));
    expect(findings()).toEqual([`${scaffold.file} warning public-voice`]);
  });

  it('refuses measures that do not exist and topics it does not know', async () => {
    project();
    await expect(create('answer', '--question', 'Q?', '--topic', 'encryption', '--measures', 'ENC-09')).rejects.toThrow(
      /--measures names ENC-09, which is not a measure/,
    );
    await expect(create('answer', '--question', 'Q?', '--topic', 'crypto', '--measures', 'ENC-01')).rejects.toThrow(
      /--topic must be one of/,
    );
  });
});
