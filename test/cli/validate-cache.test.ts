import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EPOCH, SEED_CONTENT } from '../helpers/fixture-content.ts';

// `npm run validate` as a security engineer runs it again and again: the second run takes unchanged files from the
// cache in their cache folder, answers exactly as the first, and sees every edit made in between.
const ROOT = new URL('../..', import.meta.url).pathname;
let dir: string;

function validate(cacheHome: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--content', join(dir, 'content'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH), NO_COLOR: '1' },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const cacheFiles = (home: string) => {
  const folder = join(home, 'trust-center', 'validate');
  return existsSync(folder) ? readdirSync(folder) : [];
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-cli-cache-'));
  cpSync(SEED_CONTENT, join(dir, 'content'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate, run again', () => {
  it('answers the same from its cache, keeps the cache outside the project, and sees an edit', () => {
    const home = join(dir, '..', `${dir.split('/').pop()}-home`);
    try {
      const first = validate(home);
      expect(first.status).toBe(0);
      expect(cacheFiles(home)).toHaveLength(1);
      expect(readdirSync(dir)).toEqual(['content']);
      const second = validate(home);
      expect(second).toEqual(first);

      const file = join(dir, 'content/evidence', readdirSync(join(dir, 'content/evidence'))[0]!);
      const original = readFileSync(file, 'utf8');
      try {
        writeFileSync(file, original.replace(/^title: .*$/m, 'title: ""'));
        const edited = validate(home);
        expect(edited.status).toBe(1);
        expect(edited.out).toMatch(/:\d+:1 +error +schema +title must not be empty/);
      } finally {
        writeFileSync(file, original);
      }
      expect(validate(home)).toEqual(first);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('--no-cache reads every file and leaves no cache behind', () => {
    const home = mkdtempSync(join(tmpdir(), 'tc-cli-nocache-'));
    try {
      const run = validate(home, '--no-cache');
      expect(run.status).toBe(0);
      expect(cacheFiles(home)).toEqual([]);
      expect(run).toEqual(validate(home));
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
