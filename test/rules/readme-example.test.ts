import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/contents.ts';
import type { AnnexIIIBody } from '../../src/documents/types.ts';
import { SEED, TestRepo } from '../diff/git-repo.ts';

/**
 * The README's walk-through ("Changing the content"), followed step by step on a git repository made from the seed
 * content: reword TRN-01 to name the TLS version, add Postmark with `npm run new`, then do what the validator's
 * hints say until `validate --base main` passes. The result must be an Annex II 1.1.0 with a new effective date and
 * an Annex III that lists Postmark "from" its start date.
 */
const TRN = 'content/measures/transmission-protection/tls-in-transit.mdx';
const ANNEX_II = 'content/documents/annex-ii.yaml';
const ANNEX_III = 'content/documents/annex-iii.yaml';
/** The day of the change, after the seed's last review (a review after the build date is an error). */
const BUILD_EPOCH = '1795132800'; // 2026-11-20

let repo: TestRepo;
beforeAll(() => {
  repo = new TestRepo(SEED);
  repo.env.SOURCE_DATE_EPOCH = BUILD_EPOCH;
  repo.git('switch', '-q', '-c', 'tls-minimum-version');
});
afterAll(() => repo.dispose());

/** The errors `npm run validate -- --base main` prints, as "rule file:line". */
function errors(): { status: number | null; rules: string[]; stdout: string } {
  const result = repo.run('validate', '--base', 'main', '--format', 'json');
  const findings = JSON.parse(result.stdout).findings as { severity: string; rule: string; file: string; line: number }[];
  return {
    status: result.status,
    rules: findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.file}:${f.line}`),
    stdout: result.stdout,
  };
}

describe('the README example, followed as the validator hints', () => {
  it('starts with the edit and the new sub-processor, which validate --base rejects', () => {
    repo.replace(
      TRN,
      'is protected by Transport Layer Security (“TLS”).',
      'is encrypted with Transport Layer Security (“TLS”) 1.2 or higher.',
    );
    const created = repo.run(
      'new',
      'subprocessor',
      '--name',
      'Postmark',
      '--purpose',
      'Sending transactional e-mail',
      '--locations',
      'US',
      '--date',
      '2027-01-15',
    );
    expect(created.status).toBe(0);
    const result = errors();
    expect(result.status).toBe(1);
    expect(result.rules).toEqual([`document-version-bump ${ANNEX_II}:33`, `subprocessor-notice ${ANNEX_III}:11`]);
  });

  it('still fails when Annex II gets its new version but keeps the effective date of 1.0.0', () => {
    repo.replace(ANNEX_II, /^version: 1\.0\.0$/m, 'version: 1.1.0');
    repo.replace(
      ANNEX_II,
      'changelog:\n',
      'changelog:\n  - version: 1.1.0\n    date: 2026-11-20\n    changes:\n      - TRN-01 names the minimum TLS version (1.2).\n',
    );
    expect(errors().rules).toEqual([`document-effective-date ${ANNEX_II}:34`, `subprocessor-notice ${ANNEX_III}:11`]);
  });

  it('still fails when the notice is recorded in a changelog entry for a version Annex III does not have', () => {
    repo.replace(ANNEX_II, /^effective: 2026-11-02$/m, 'effective: 2026-11-20');
    repo.replace(
      ANNEX_III,
      'changelog:\n',
      'changelog:\n  - version: 0.2.0\n    date: 2026-11-20\n    changes:\n      - Adds Postmark for transactional e-mail from 2027-01-15.\n    notice: 2026-11-20\n',
    );
    expect(errors().rules).toEqual([`changelog-versions ${ANNEX_III}:12`]);
  });

  it('passes once both annexes are right', () => {
    repo.replace(ANNEX_III, /^version: 0\.1\.0$/m, 'version: 0.2.0');
    const result = errors();
    expect(result.rules).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('warns about the US transfer until its mechanism is filled in', () => {
    const warnings = () =>
      (JSON.parse(repo.run('validate', '--format', 'json').stdout).findings as { rule: string; file: string }[])
        .filter((f) => f.rule === 'subprocessor-transfer')
        .map((f) => f.file);
    expect(warnings()).toEqual(['content/subprocessors/postmark.yaml']);
    repo.replace('content/subprocessors/postmark.yaml', /transferMechanisms:\n  unknown: .*\n/, 'transferMechanisms: [scc]\n');
    expect(warnings()).toEqual([]);
  });

  it('yields Annex II 1.1.0 with its new effective date, and an Annex III that lists Postmark from its start date', () => {
    const project = loadProject({ root: repo.dir, contentDir: 'content', buildDate: buildDateFromEpoch(Number(BUILD_EPOCH)) });
    const docs = buildDocuments(project.view());
    expect(docs.find((doc) => doc.id === 'annex-ii')).toMatchObject({ version: '1.1.0', effective: '2026-11-20', status: 'released' });
    const annexIII = docs.find((doc) => doc.id === 'annex-iii')!;
    expect(annexIII.version).toBe('0.2.0');
    const postmark = (annexIII.body as AnnexIIIBody).subprocessors.find((sp) => sp.id === 'postmark');
    expect(postmark).toMatchObject({ name: 'Postmark', from: '2027-01-15' });
    expect(postmark).not.toHaveProperty('until');
  });

  it('gives the customer notice for Postmark, with the notice date and where the new Annex III is', () => {
    const result = repo.run('diff', 'main', '--format', 'notice');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Subject: Changes to the sub-processors of Dreamdata\.io \(Annex III, version 0\.2\.0\)\n/);
    expect(result.stdout).toContain(
      'Addition: Postmark\n  From: 15 January 2027\n  Purpose of the processing: Sending transactional e-mail\n',
    );
    expect(result.stdout).toContain('This notice is given on 20 November 2026.');
    expect(result.stdout).toContain('https://trust.dreamdata.io/documents/annex-iii.pdf');
    expect(result.stdout).toContain('  Transfer mechanism: Standard Contractual Clauses (Art. 46(2)(c) GDPR)\n');
    // The scaffolder left the legal entity unknown: the author is told, the customer is not shown a gap.
    expect(result.stderr).toContain('the notice leaves out facts the content marks unknown: Postmark: legal entity');
  });
});
