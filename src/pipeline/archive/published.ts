import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../../diff/release-history.ts';
import { versionFile } from '../../documents/files.ts';
import { type ArchiveCache, sha256 } from './cache.ts';

/** How many PDFs a folder given with --archive is searched through, at most. */
const SCAN_LIMIT = 5000;

/**
 * Finds the bytes of a released PDF as published, by its SHA-256: in the cache of published PDFs, at its URL path
 * in the given folders (a previous dist/, a download of the live site), or anywhere below them.
 */
export function findPublished(
  hash: string,
  release: Release,
  cache: ArchiveCache,
  dirs: readonly string[],
): { bytes: Uint8Array; from: string } | undefined {
  const kept = cache.published(hash);
  if (kept) return { bytes: kept, from: '.cache/archive' };
  const file = versionFile(release.id, release.version);
  for (const dir of dirs) {
    for (const candidate of [join(dir, file), join(dir, 'documents', file)]) {
      const bytes = existsSync(candidate) ? readFileSync(candidate) : undefined;
      if (bytes && sha256(bytes) === hash) return { bytes, from: candidate };
    }
  }
  for (const dir of dirs) {
    for (const candidate of pdfsBelow(dir)) {
      const bytes = readFileSync(candidate);
      if (sha256(bytes) === hash) return { bytes, from: candidate };
    }
  }
  return undefined;
}

function pdfsBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (out.length >= SCAN_LIMIT) return;
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.toLowerCase().endsWith('.pdf') && statSync(full).size > 0) out.push(full);
    }
  };
  walk(dir);
  return out;
}
