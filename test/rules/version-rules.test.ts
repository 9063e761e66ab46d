import { afterEach, describe, expect, it } from 'vitest';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { GitError } from '../../src/diff/git.ts';
import { loadRef } from '../../src/diff/load-ref.ts';
import { versionRules } from '../../src/rules/index.ts';
import { runRuleList } from '../../src/rules/rule.ts';
import { validateProject } from '../../src/rules/validate.ts';
import { compareWithBase } from '../../src/rules/version/comparison.ts';
import { EPOCH, subprocessorYaml, TestRepo } from '../diff/git-repo.ts';

const ENC = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';
const ANNEX_II = 'content/documents/annex-ii.yaml';
const ANNEX_III = 'content/documents/annex-iii.yaml';

let repo: TestRepo;
afterEach(() => repo?.dispose());

const buildDate = buildDateFromEpoch(Number(EPOCH));

/** The working tree of the test repository and the content at `ref`, both on the same build date. */
function sides(ref: string) {
  const head = loadProject({ root: repo.dir, contentDir: 'content', buildDate });
  const base = loadRef({ root: repo.dir, ref, contentDir: 'content', buildDate }).project;
  return { head, base };
}

/** What the version rules report for the working tree against `ref`. */
function check(ref = 'main') {
  const { head, base } = sides(ref);
  return runRuleList(versionRules, head.model, { base: compareWithBase(base, head, ref) }).map(({ file, line, rule, message }) => ({
    file,
    line,
    rule,
    message,
  }));
}

/** Bumps a document to `version` with a changelog entry on top. */
function bump(file: string, version: string, changes: string[], notice?: string): void {
  repo.replace(file, /^version: .*$/m, `version: ${version}`);
  const entry = [
    `  - version: ${version}`,
    '    date: 2026-10-26',
    '    changes:',
    ...changes.map((change) => `      - ${change}`),
    ...(notice ? [`    notice: ${notice}`] : []),
  ];
  repo.replace(file, 'changelog:\n', `changelog:\n${entry.join('\n')}\n`);
}

describe('document-version-bump and document-changelog', () => {
  it('fails when a released annex says something new under its old version, at the version line', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    expect(check()).toEqual([
      {
        file: ANNEX_II,
        line: 9,
        rule: 'document-version-bump',
        message:
          'annex-ii says something different from the released 1.0.0 at main (measures changed: ENC-01), but its version is still 1.0.0',
      },
    ]);
  });

  it('fails when the version is bumped without a changelog entry for it', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.replace(ANNEX_II, 'version: 1.0.0\neffective', 'version: 1.1.0\neffective');
    expect(check().map((finding) => finding.rule)).toEqual(['document-changelog']);
  });

  it('fails when the version goes down', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    bump(ANNEX_II, '0.9.0', ['Names the cipher mode.']);
    expect(check()).toEqual([
      expect.objectContaining({
        rule: 'document-version-bump',
        message: expect.stringContaining('version 0.9.0 is lower than the released 1.0.0'),
      }),
    ]);
  });

  it('passes once the version is bumped and the changelog says what changed', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    bump(ANNEX_II, '1.1.0', ['ENC-01 names the cipher mode (AES-256-GCM).']);
    expect(check()).toEqual([]);
  });

  it('asks nothing of drafts, of unchanged documents, or of changes outside what documents say', () => {
    repo = new TestRepo();
    repo.replace(ANNEX_II, 'status: released', 'status: draft');
    repo.commit('draft');
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.replace('content/measures/restore-availability/daily-backups.mdx', 'owner: platform-team', 'owner: sre-team');
    expect(check('HEAD')).toEqual([]);
  });
});

describe('subprocessor-notice', () => {
  it('fails when a sub-processor is added without a new Annex III changelog entry carrying a notice date', () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-11-30'));
    // Starting in the future: Annex III (the active list) does not change yet, but customers must be told now.
    expect(check()).toEqual([
      {
        file: ANNEX_III,
        line: 7,
        rule: 'subprocessor-notice',
        message:
          'Analytics Co is added as a sub-processor (content/subprocessors/analytics.yaml), but annex-iii has no new changelog entry with a notice date: Clause 9(a) of the SCCs requires notice to customers before it starts on 2026-11-30',
      },
    ]);
    bump(ANNEX_III, '1.1.0', ['Adds Analytics Co from 2026-11-30.']);
    expect(check().map((finding) => finding.rule)).toEqual(['subprocessor-notice']);
  });

  it('passes with a notice date before the sub-processor starts, and fails with one after', () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-11-30'));
    bump(ANNEX_III, '1.1.0', ['Adds Analytics Co from 2026-11-30.'], '2026-10-26');
    expect(check()).toEqual([]);

    repo.replace(ANNEX_III, 'notice: 2026-10-26', 'notice: 2026-12-15');
    expect(check()).toEqual([
      expect.objectContaining({
        rule: 'subprocessor-notice',
        message:
          'annex-iii gives notice on 2026-12-15, after Analytics Co starts on 2026-11-30: Clause 9(a) of the SCCs requires notice in advance',
      }),
    ]);
  });

  it('also requires the version bump when the new sub-processor is active at once', () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-10-20'));
    expect(check().map((finding) => finding.rule)).toEqual(['document-version-bump', 'subprocessor-notice']);
    bump(ANNEX_III, '1.1.0', ['Adds Analytics Co.'], '2026-09-20');
    expect(check()).toEqual([]);
  });
});

describe('removed-measure-changelog', () => {
  it('fails until a new changelog entry names the measure taken out of a released annex', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'status: implemented', 'status: retired');
    bump(ANNEX_II, '1.1.0', ['Housekeeping.']);
    expect(check()).toEqual([
      {
        file: ANNEX_II,
        line: 12,
        rule: 'removed-measure-changelog',
        message:
          'ENC-01 (Encryption of customer data at rest) was in the released annex-ii 1.0.0 and is taken out (retired), but no new changelog entry names it',
      },
    ]);
    repo.replace(ANNEX_II, 'Housekeeping.', 'ENC-01 is retired: encryption at rest is now part of REC-01.');
    expect(check()).toEqual([]);
  });
});

describe('version rules', () => {
  it('has a stable id, description and rule for every check', () => {
    expect(versionRules.map((rule) => rule.id)).toEqual([
      'document-version-bump',
      'document-changelog',
      'subprocessor-notice',
      'removed-measure-changelog',
    ]);
  });

  it('run through validateProject only with a base, and say a missing changelog entry once', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.replace(ANNEX_II, 'version: 1.0.0\neffective', 'version: 1.1.0\neffective');
    const { head, base } = sides('main');
    const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule).filter((rule) => /^document-/.test(rule));
    expect(rules(validateProject(head))).toEqual(['document-facts']);
    // document-changelog would point at the same line as document-facts: one finding, not two.
    expect(rules(validateProject(head, { base: { project: base, ref: 'main' } }))).toEqual(['document-facts']);
  });

  it('throws a GitError naming a base that does not exist', () => {
    repo = new TestRepo();
    expect(() => check('origin/main')).toThrow(GitError);
    expect(() => check('origin/main')).toThrow(
      '"origin/main" is not a commit in this repository (in CI, check out with fetch-depth: 0 so the base branch is fetched)',
    );
  });
});
