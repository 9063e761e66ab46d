import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/build.ts';
import { writeManifest, type Manifest } from '../../src/documents/manifest.ts';
import { buildSearchIndex } from '../../src/site/search-index.ts';

/**
 * Builds the site the way `npm run build` does (Astro, then the Pagefind index, then the staged documents copied
 * in), but into folders of its own, so tests never touch dist/ or .cache/documents/ while others work in the tree.
 */

export const ROOT = resolve(import.meta.dirname, '../..');
/** 2026-11-18T... UTC: every test build uses this date. */
export const E2E_EPOCH = '1795000000';
export const E2E_BUILD_DATE = '2026-11-18';

export interface SiteBuild {
  outDir: string;
  /** Content folder relative to the root (CONTENT_DIR). */
  contentDir?: string;
  /** Staging folder with manifest.json and PDFs, as the document build leaves it. */
  documentsDir?: string;
  /** Astro cache folder, so parallel builds do not share one. */
  cacheDir?: string;
}

export async function buildSite(build: SiteBuild): Promise<void> {
  rmSync(build.outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SOURCE_DATE_EPOCH: E2E_EPOCH,
    ASTRO_OUT_DIR: build.outDir,
    ...(build.cacheDir ? { ASTRO_CACHE_DIR: build.cacheDir } : {}),
    ...(build.contentDir ? { CONTENT_DIR: build.contentDir } : {}),
    ...(build.documentsDir ? { DOCUMENTS_STAGING_DIR: build.documentsDir } : { DOCUMENTS_STAGING_DIR: join(build.outDir, '..', 'no-documents') }),
  };
  const result = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  if (build.documentsDir) cpSync(build.documentsDir, join(build.outDir, 'documents'), { recursive: true });
  await buildSearchIndex(build.outDir);
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
  for (const dir of ['src', 'content', 'public', 'test/e2e/fixtures']) walk(join(ROOT, dir));
  for (const file of ['astro.config.ts', 'package-lock.json']) {
    const full = join(ROOT, file);
    if (existsSync(full)) hash.update(`${file}\0${statSync(full).mtimeMs}\n`);
  }
  hash.update(E2E_EPOCH);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The default content built once (with a staged development-signed annex, to exercise the documents page);
 * later callers get the same folder. E2E_DIST points the tests at an existing build instead.
 */
export async function defaultSite(): Promise<string> {
  if (process.env.E2E_DIST) return resolve(process.env.E2E_DIST);
  const base = join(ROOT, '.cache', 'e2e');
  const key = inputFingerprint();
  const dir = join(base, `site-${key}`);
  const outDir = join(dir, 'dist');
  if (existsSync(join(dir, '.complete'))) return outDir;
  if (existsSync(base)) for (const old of readdirSync(base)) if (old.startsWith('site-')) rmSync(join(base, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const documentsDir = join(dir, 'documents');
  stageFakeDocuments(documentsDir);
  await buildSite({ outDir, documentsDir, cacheDir: join(dir, 'astro-cache') });
  writeFileSync(join(dir, '.complete'), new Date(Number(E2E_EPOCH) * 1000).toISOString());
  return outDir;
}

/**
 * A staged annex-ii.pdf with a development signature, described by a manifest the document build's own schema
 * accepts, for the current content (same version and content hash), so the documents page links it.
 */
export function stageFakeDocuments(dir: string): { sha256: string } {
  mkdirSync(dir, { recursive: true });
  const view = loadProject({ root: ROOT, env: { SOURCE_DATE_EPOCH: E2E_EPOCH } }).view();
  const annex = buildDocuments(view).find((doc) => doc.id === 'annex-ii');
  if (!annex) throw new Error('the default content has no annex-ii document');
  const pdf = Buffer.from('%PDF-1.7\n% e2e stand-in for the signed annex\n%%EOF\n');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  writeFileSync(join(dir, 'annex-ii.pdf'), pdf);
  const manifest: Manifest = {
    schemaVersion: 1,
    buildDate: `${E2E_BUILD_DATE}T00:00:00Z`,
    development: true,
    documents: [
      {
        id: annex.id,
        kind: annex.kind,
        label: annex.label,
        title: annex.title,
        file: 'annex-ii.pdf',
        version: annex.version,
        status: annex.status,
        effective: annex.effective,
        language: annex.language,
        pages: 1,
        bytes: pdf.length,
        sha256,
        contentHash: annex.hash,
        signed: true,
        signerSubject: 'CN=Development signature - NOT VALID FOR CONTRACTS, O=Test',
        signerFingerprint: 'ab'.repeat(32),
        signingTime: `${E2E_BUILD_DATE}T00:00:00Z`,
        signatureReason: 'test',
        development: true,
      },
    ],
  };
  writeManifest(join(dir, 'manifest.json'), manifest);
  return { sha256 };
}
