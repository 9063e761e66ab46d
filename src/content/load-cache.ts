import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from './code-fingerprint.ts';
import type { FileLoad, LoadCache } from './load.ts';

/** Bumped when the layout of the cache file changes. */
const FORMAT = 1;

/** The extension of a cache file (see src/cli/config.ts for where they live). */
export const CACHE_EXTENSION = '.v8';

/** The code a file's load result depends on: the schemas and the loader (see code-fingerprint.ts). */
const LOADER_FOLDERS = ['schema', 'content'];

interface Stored {
  format: number;
  fingerprint: string;
  /** Serialised FileLoad by key hash. */
  records: Map<string, Uint8Array>;
}

export interface FileLoadCache extends LoadCache {
  /** Files taken from the cache and files loaded afresh in this run. */
  readonly stats: { hits: number; misses: number };
  /**
   * Writes the cache back, keeping only the files of this run, when anything changed. Never throws: a cache that
   * cannot be written (a read-only home folder, a full disk) costs speed, not a result.
   */
  save(): void;
}

/**
 * Load results of unchanged content files, kept in `file` between runs of `validate`. A record is found by a hash of
 * the file's kind, path and exact text, and the whole cache belongs to one fingerprint of the loader's code, Node's
 * version and the locked dependencies: a change to any of them, or a file that cannot be read as a cache, starts
 * from empty. Records are serialised when stored, so nothing done to a loaded entry later can reach the cache.
 *
 * The cache only saves time: a file missing from it is loaded the usual way, and a cached result is the plain
 * data that load would produce (src/content/load.ts makes every entry's positions and body from the text again).
 */
export function openLoadCache(file: string): FileLoadCache {
  const fingerprint = `${codeFingerprint(LOADER_FOLDERS)} node ${process.versions.node}`;
  const records = readRecords(file, fingerprint);
  const used = new Map<string, Uint8Array>();
  const stats = { hits: 0, misses: 0 };
  let changed = false;
  const hashOf = (key: string) => hash('sha256', key, 'base64url');
  return {
    stats,
    get(key) {
      const hash = hashOf(key);
      const record = records.get(hash);
      if (!record) return undefined;
      try {
        const load = deserialize(record) as FileLoad;
        used.set(hash, record);
        stats.hits++;
        return load;
      } catch {
        return undefined;
      }
    },
    set(key, load) {
      used.set(hashOf(key), serialize(load));
      stats.misses++;
      changed = true;
    },
    save() {
      if (!changed && used.size === records.size) return;
      const stored: Stored = { format: FORMAT, fingerprint, records: used };
      // Written beside and renamed into place: a run that reads it meanwhile sees the old cache or the new one.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, serialize(stored));
        renameSync(temporary, file);
        pruneSiblings(file);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written where nothing can be.
        }
      }
    },
  };
}

/** How many content folders' caches are kept: one file each, the least recently written go first. */
const KEEP = 32;

/** Keeps the cache folder small: every content folder ever validated (test copies too) would otherwise stay. */
function pruneSiblings(file: string): void {
  const dir = dirname(file);
  const caches = readdirSync(dir)
    .filter((name) => name.endsWith(CACHE_EXTENSION))
    .map((name) => ({ path: join(dir, name), written: statSync(join(dir, name)).mtimeMs }));
  if (caches.length <= KEEP) return;
  caches.sort((a, b) => b.written - a.written);
  for (const old of caches.slice(KEEP)) if (old.path !== file) rmSync(old.path, { force: true });
}

function readRecords(file: string, fingerprint: string): Map<string, Uint8Array> {
  try {
    const stored = deserialize(readFileSync(file)) as Partial<Stored>;
    if (stored.format === FORMAT && stored.fingerprint === fingerprint && stored.records instanceof Map) return stored.records;
  } catch {
    // No cache yet, or one this code cannot read: start from empty.
  }
  return new Map();
}
