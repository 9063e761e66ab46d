import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../pdf/poppler.ts';
import { fixtures, SEED, subprocessorYaml, TestRepo } from './git-repo.ts';

const ENC = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';

let repo: TestRepo;
afterEach(() => repo?.dispose());

describe('npm run diff', () => {
  it("reports the same from validate's load cache as from the files, answers included", () => {
    repo = new TestRepo(SEED);
    repo.env.XDG_CACHE_HOME = join(repo.dir, '.test-cache');
    repo.replace('content/measures/restore-availability/backups.mdx', /\n+$/, '\nBackups are tested by a restore every quarter.\n');
    repo.commit('reword a measure an answer relies on');
    const fresh = repo.run('diff', 'HEAD~1', '--no-cache');
    expect(fresh.stdout).toContain('backups');
    expect(existsSync(repo.env.XDG_CACHE_HOME)).toBe(false);
    repo.run('validate'); // fills the cache with the working tree's files
    expect(existsSync(repo.env.XDG_CACHE_HOME)).toBe(true);
    const cached = repo.run('diff', 'HEAD~1');
    expect(cached).toEqual(fresh);
    expect(repo.run('diff', 'HEAD~1')).toEqual(fresh);
  });

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

  it('writes a redline PDF of the changed annexes with --pdf, beside the usual report', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'with AES-256 in every database', 'with AES-256-GCM in every database');
    repo.commit('name the mode');
    const result = repo.run('diff', 'HEAD~1', '--pdf', 'review/changes.pdf');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('**Documents that change: Annex II (released).**');
    expect(result.stderr).toMatch(/^diff: wrote review\/changes\.pdf \(Annex II; \d+ pages\)\n$/);
    const text = extractText(join(repo.dir, 'review/changes.pdf'));
    expect(text).toContain('COMPARISON FOR REVIEW');
    expect(text).toContain('encrypted at rest with AES-256 AES-256-GCM in every database');
  });

  it('prints the customer notice with --format notice, or says there is none to send', () => {
    repo = new TestRepo();
    repo.replace('content/documents/annex-iii.yaml', 'version: 1.0.0\neffective: 2026-10-01', 'version: 1.1.0\neffective: 2026-11-10');
    repo.replace(
      'content/documents/annex-iii.yaml',
      'changelog:\n',
      'changelog:\n  - version: 1.1.0\n    date: 2026-11-10\n    changes: [Adds Analytics Co.]\n    notice: 2026-11-10\n',
    );
    repo.replace('content/organisation.yaml', 'signatory:', 'subprocessorNoticePeriod: P30D\nsignatory:');
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-12-15'));
    repo.commit('announce Analytics Co');
    const notice = repo.run('diff', 'HEAD~1', '--format', 'notice');
    expect(notice.status).toBe(0);
    expect(notice.stdout).toContain('Addition: Analytics Co\n  From: 15 December 2026\n  Legal entity: Analytics Co Limited\n');
    const flowing = notice.stdout.replace(/\s+/g, ' ');
    expect(flowing).toContain(
      'This notice is given on 10 November 2026. You may object to this change within 30 days of this notice, that is until 10 December 2026, by writing to privacy@example.com.',
    );
    expect(flowing).toContain(
      'Annex III version 1.1.0, effective 10 November 2026, is published at https://trust.example.com/documents/annex-iii/1.1.0.pdf',
    );
    // Plain-text e-mail: lines wrap at 78 characters, except the subject and a web address too long for a line.
    const long = notice.stdout.split('\n').filter((line) => line.length > 78 && !line.startsWith('Subject: ') && /\s/.test(line.trim()));
    expect(long).toEqual([]);

    repo.replace('content/subprocessors/analytics.yaml', 'email: dpo@', 'email: privacy@');
    const none = repo.run('diff', 'HEAD', '--format', 'notice');
    expect(none).toMatchObject({ status: 0, stdout: '' });
    expect(none.stderr).toContain('no sub-processor change between HEAD and working tree needs a customer notice');
  });

  it('exits 1 with --format notice when the notice date is not recorded', () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-12-15'));
    repo.commit('add without notice');
    const result = repo.run('diff', 'HEAD~1', '--format', 'notice');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'diff: no notice date is recorded for Analytics Co: add a changelog entry to Annex III with notice: <YYYY-MM-DD> (the date customers are told); `npm run validate -- --base HEAD~1` checks it\n',
    );
  });
});
