import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDuration, BuildDateError, daysBetween, resolveBuildDate } from '../../src/content/build-date.ts';

describe('resolveBuildDate', () => {
  it('takes SOURCE_DATE_EPOCH first', () => {
    const date = resolveBuildDate({ sourceDateEpoch: '1795737600', cwd: tmpdir() });
    expect(date).toEqual({ day: '2026-11-27', instant: '2026-11-27T00:00:00Z', epochSeconds: 1795737600, source: 'SOURCE_DATE_EPOCH' });
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => resolveBuildDate({ sourceDateEpoch: '2026-11-27', cwd: tmpdir() })).toThrow(BuildDateError);
  });

  it('falls back to the last commit date in a real git repository, never the clock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-date-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
          cwd: dir,
          env: { ...process.env, GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z' },
        });
      git('init', '-q');
      writeFileSync(join(dir, 'a.txt'), 'a');
      git('add', '.');
      git('commit', '-qm', 'first');
      expect(resolveBuildDate({ cwd: dir })).toMatchObject({ day: '2025-03-04', instant: '2025-03-04T05:06:07Z', source: 'git' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a clear message outside git and without SOURCE_DATE_EPOCH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-date-'));
    try {
      expect(() => resolveBuildDate({ cwd: dir })).toThrow(
        'cannot tell the build date: this folder has no git history. Set SOURCE_DATE_EPOCH to the release date in seconds since 1970, for example `SOURCE_DATE_EPOCH=$(date -u -d 2026-11-01 +%s) npm run build`',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2026-01-31', 'P1M', '2026-03-03'],
    ['2025-11-27', 'P1Y', '2026-11-27'],
    ['2026-11-27', 'P2W', '2026-12-11'],
    ['2026-11-27', 'P90D', '2027-02-25'],
    ['2026-02-28', 'P1Y6M', '2027-08-28'],
  ])('%s + %s = %s', (from, duration, expected) => {
    expect(addDuration(from, duration)).toBe(expected);
  });

  it('counts days across months', () => {
    expect(daysBetween('2026-11-27', '2026-12-27')).toBe(30);
    expect(daysBetween('2026-12-27', '2026-11-27')).toBe(-30);
  });
});
