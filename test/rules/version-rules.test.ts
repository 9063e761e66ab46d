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

/** Bumps a document to `version`, effective `date`, with a changelog entry of that date on top. */
function bump(file: string, version: string, changes: string[], notice?: string, date = '2026-11-20'): void {
  repo.replace(file, /^version: .*$/m, `version: ${version}`);
  repo.replace(file, /^effective: .*$/m, `effective: ${date}`);
  const entry = [
    `  - version: ${version}`,
    `    date: ${date}`,
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
    repo.replace(ANNEX_II, 'version: 1.0.0\neffective: 2026-10-01', 'version: 1.1.0\neffective: 2026-11-20');
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
    // Starting in the future, it is listed "from" its start date at once: Annex III changes, and customers must be told.
    expect(check()).toEqual([
      expect.objectContaining({ file: ANNEX_III, line: 4, rule: 'document-version-bump' }),
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

describe('subprocessor-notice with a notice period', () => {
  it('fails while the start date falls inside the objection window, and passes once it does not', () => {
    repo = new TestRepo();
    repo.replace('content/organisation.yaml', 'signatory:', 'subprocessorNoticePeriod: P30D\nsignatory:');
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-12-10'));
    bump(ANNEX_III, '1.1.0', ['Adds Analytics Co from 2026-12-10.'], '2026-11-20');
    expect(check()).toEqual([
      expect.objectContaining({
        rule: 'subprocessor-notice',
        message:
          'Analytics Co starts on 2026-12-10, 20 days after the notice on 2026-11-20, inside the 30-day objection window (subprocessorNoticePeriod P30D) that ends on 2026-12-20',
      }),
    ]);
    repo.replace('content/subprocessors/analytics.yaml', 'date: 2026-12-10', 'date: 2026-12-20');
    expect(check()).toEqual([]);
  });
});

describe('document-effective-date', () => {
  it('fails when a new version keeps the released effective date, or takes effect before it', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    bump(ANNEX_II, '1.1.0', ['ENC-01 names the cipher mode.'], undefined, '2026-09-01');
    repo.replace(ANNEX_II, 'effective: 2026-09-01', 'effective: 2026-10-01');
    expect(check()).toEqual([
      {
        file: ANNEX_II,
        line: 10,
        rule: 'document-effective-date',
        message: 'annex-ii 1.1.0 still says effective 2026-10-01, the date of the released 1.0.0 at main',
      },
    ]);
    repo.replace(ANNEX_II, 'effective: 2026-10-01', 'effective: 2026-09-15');
    expect(check()).toEqual([
      expect.objectContaining({
        rule: 'document-effective-date',
        message: 'annex-ii 1.1.0 takes effect on 2026-09-15, before 2026-10-01, when the released 1.0.0 took effect',
      }),
    ]);
  });

  it('fails when the effective date of a released version moves', () => {
    repo = new TestRepo();
    repo.replace(ANNEX_II, 'effective: 2026-10-01', 'effective: 2026-10-05');
    expect(check()).toEqual([
      expect.objectContaining({
        rule: 'document-effective-date',
        message:
          'the effective date of the released annex-ii 1.0.0 changed from 2026-10-01 (at main) to 2026-10-05: customers signed 1.0.0 with 2026-10-01',
      }),
    ]);
  });
});

describe('changelog-history', () => {
  it('fails when a released version loses its entry, and when an entry is added for a version never released', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    bump(ANNEX_II, '1.2.0', ['ENC-01 names the cipher mode.']);
    repo.replace(ANNEX_II, /  - version: 1\.0\.0\n    date: 2026-10-01\n    changes:\n      - First release\.\n/, '');
    repo.write(ANNEX_II, `${repo.read(ANNEX_II)}  - version: 1.1.0\n    date: 2026-11-10\n    changes: [Interim.]\n`);
    const found = check().map(({ rule, message }) => ({ rule, message }));
    expect(found).toEqual([
      {
        rule: 'changelog-history',
        message: 'the changelog entry for 1.0.0 (2026-10-01), released at main, was removed from annex-ii',
      },
      {
        rule: 'changelog-history',
        message:
          'annex-ii gains a changelog entry for 1.1.0, a version that was never released: main has 1.0.0 and this change releases 1.2.0',
      },
    ]);
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
      'document-effective-date',
      'changelog-history',
      'subprocessor-notice',
      'removed-measure-changelog',
      'release-lock',
    ]);
  });

  it('run through validateProject only with a base, and say a missing changelog entry once', () => {
    repo = new TestRepo();
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.replace(ANNEX_II, 'version: 1.0.0\neffective: 2026-10-01', 'version: 1.1.0\neffective: 2026-11-20');
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
