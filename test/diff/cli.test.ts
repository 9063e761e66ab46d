import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, subprocessorYaml, TestRepo } from './git-repo.ts';

const ENC = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';

let repo: TestRepo;
afterEach(() => repo?.dispose());

describe('npm run diff', () => {
  it('exits 0 and says so when no document changes', () => {
    repo = new TestRepo();
    repo.replace('content/measures/physical-security/office-access.mdx', 'owner: office-management', 'owner: facilities');
    repo.commit('internal field only');
    const result = repo.run('diff', 'HEAD~1');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('**No contract document changes.**');
  });

  it('exits 1 when documents change: the acceptance scenario of a reworded measure and a new sub-processor', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'in every database and storage bucket', 'in every database, storage bucket and backup');
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-10-20'));
    repo.commit('reword and add');
    const result = repo.run('diff', 'HEAD~1');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('**Documents that change: Annex II (released), Annex III (released).**');
    expect(result.stdout).toContain(
      '**Customer notice required (SCC Clause 9(a)):** Analytics Co added from 2026-10-20; no notice date is recorded yet.',
    );
    expect(result.stdout).toContain('in every database ~~and~~ **,** storage bucket **and backup** that holds it.');
    expect(result.stdout).toContain('`document-version-bump`');
    expect(result.stdout).toContain('`subprocessor-notice`');
    // The whole report, as a reviewer sees it; `UPDATE=1 npx vitest run test/diff` rewrites the expectation.
    const expected = join(fixtures, 'expected', 'reword-and-add.md');
    if (process.env.UPDATE) writeFileSync(expected, result.stdout);
    expect(result.stdout).toBe(readFileSync(expected, 'utf8'));
  });

  it('prints JSON with --format json, with the same answer as the exit status', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.commit('reword');
    const result = repo.run('diff', 'HEAD~1', 'HEAD', '--format', 'json');
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      documentsChange: true,
      base: { ref: 'HEAD~1' },
      head: { ref: 'HEAD' },
      buildDate: '2026-10-26',
      measures: [{ id: 'ENC-01', change: 'changed' }],
    });
    expect(json.base.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('exits 2 on an unknown ref or option, and prints help with the exit codes', () => {
    repo = new TestRepo();
    const unknown = repo.run('diff', 'no-such-branch');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('diff: "no-such-branch" is not a commit in this repository\n');

    const option = repo.run('diff', '--colour');
    expect(option.status).toBe(2);
    expect(option.stderr).toBe("diff: Unknown option '--colour'\nRun `npm run diff -- --help` for the options.\n");

    const help = repo.run('diff', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("1  a document's content changes");
  });
});
