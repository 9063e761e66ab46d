import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_CONTENT = join(ROOT, 'test/fixtures/seed/content');
/** 2026-11-18T... UTC: every test build uses this date. */
export const E2E_EPOCH = '1795000000';
export const E2E_BUILD_DATE = '2026-11-18';

export interface SiteBuild {
  outDir: string;
  /** Content folder, relative to the project root or absolute. */
  contentDir: string;
  /**
   * Rebuild the released versions from the content's git history. Off by default: fixture content inside this
   * repository would otherwise be built from the project's own history, which every commit changes.
   */
  history?: boolean;
}

/**
 * Runs the real main job, `scripts/build.ts` (validate, sign the PDFs, Astro, Pagefind), into folders of its own,
 * so the browser tests see exactly what `npm run build` ships, signed annexes included.
 */
export async function buildSite(build: SiteBuild): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SOURCE_DATE_EPOCH: E2E_EPOCH };
  const args = ['scripts/build.ts', '--out', build.outDir, '--content', build.contentDir, ...(build.history ? [] : ['--latest-only'])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Size and mtime of every input file: when none changed, the last build is reused across test files and runs. */
function inputFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        hash.update(`${relative(ROOT, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ['src', 'public', 'scripts', 'test/fixtures/seed/content']) walk(join(ROOT, dir));
  for (const file of ['astro.config.ts', 'package-lock.json', 'test/e2e/build-site.ts']) {
    const full = join(ROOT, file);
    if (existsSync(full)) hash.update(`${file}\0${statSync(full).mtimeMs}\n`);
  }
  hash.update(E2E_EPOCH);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The seed content (test/fixtures/seed/content) built once by the real pipeline; later callers get the same folder.
 * E2E_DIST points the tests at an existing build instead. The browser tests never build the project's own content/:
 * that is the content check's job (`npm run check`), so a wording change cannot break a test.
 */
export async function defaultSite(): Promise<string> {
  if (process.env.E2E_DIST) return resolve(process.env.E2E_DIST);
  const base = join(ROOT, '.cache', 'e2e');
  const key = inputFingerprint();
  const dir = join(base, `site-${key}`);
  const outDir = join(dir, 'dist');
  if (existsSync(join(dir, '.complete'))) return outDir;
  if (existsSync(base))
    for (const old of readdirSync(base)) if (old.startsWith('site-')) rmSync(join(base, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await buildSite({ outDir, contentDir: SEED_CONTENT });
  writeFileSync(join(dir, '.complete'), new Date(Number(E2E_EPOCH) * 1000).toISOString());
  return outDir;
}
