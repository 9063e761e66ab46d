import { hash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeFingerprint } from './code-fingerprint.ts';
import type { FileLoad, LoadCache } from './load.ts';

/** The first word of a cache file's first line; the format number follows it. */
const MAGIC = 'trust-center-load-cache';
/** Bumped when the layout of the cache file changes. */
const FORMAT = 3;

/** The extension of a cache file (see src/cli/config.ts for where they live). */
export const CACHE_EXTENSION = '.jsonl';

/** The code a file's load result depends on: the schemas and the loader (see code-fingerprint.ts). */
const LOADER_FOLDERS = ['schema', 'content'];

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
 * Load results of unchanged content files, and values derived from several (DerivedValues), kept in `file` between
 * runs of `validate`. A record is found by a hash of the file's kind, path and exact text, and the whole cache
 * belongs to one fingerprint of the loader's code, Node's version and the locked dependencies: a change to any of
 * them, or a file that cannot be read as a cache, starts from empty.
 *
 * The file holds one record per line, `F <key hash> <JSON>` for a file and `D <key hash> <JSON>` for a derived
 * value, after a first line naming the format and the fingerprint. A record is stored as the JSON text made when it
 * was loaded, read when asked for and written back as it was read, so nothing done to a loaded entry later can
 * reach the cache. JSON cannot hold every value YAML can (NaN, infinities, -0, undefined): a load holding one is
 * simply not kept. The cache only saves time: a file missing from it is loaded the usual way, and a cached result is
 * the plain data that load would produce (src/content/load.ts makes every entry's positions and body from the text
 * again).
 */
export function openLoadCache(file: string): FileLoadCache {
  const fingerprint = `${codeFingerprint(LOADER_FOLDERS)} node ${process.versions.node}`;
  const stored = readStored(file, fingerprint);
  const used = { files: new Map<string, string>(), derived: new Map<string, string>() };
  const stats = { hits: 0, misses: 0 };
  let changed = false;
  const hashOf = (key: string) => hash('sha256', key, 'base64url');
  const take = (kind: 'files' | 'derived', key: string): unknown => {
    const hashed = hashOf(key);
    const json = stored[kind].get(hashed);
    if (json === undefined) return undefined;
    try {
      const value = JSON.parse(json) as unknown;
      used[kind].set(hashed, json);
      return value;
    } catch {
      return undefined;
    }
  };
  const keep = (kind: 'files' | 'derived', key: string, value: unknown) => {
    if (!exactInJson(value)) return;
    used[kind].set(hashOf(key), asciiJson(value));
    changed = true;
  };
  return {
    stats,
    get(key) {
      const load = take('files', key) as FileLoad | undefined;
      if (load) stats.hits++;
      return load;
    },
    set(key, load) {
      stats.misses++;
      keep('files', key, load);
    },
    derived: {
      get: (key) => {
        const value = take('derived', key);
        return typeof value === 'string' ? value : undefined;
      },
      set: (key, value) => keep('derived', key, value),
    },
    save() {
      if (!changed && used.files.size === stored.files.size && used.derived.size === stored.derived.size) return;
      const lines = [`${MAGIC} ${FORMAT} ${fingerprint}`];
      for (const [hashed, json] of used.files) lines.push(`F ${hashed} ${json}`);
      for (const [hashed, json] of used.derived) lines.push(`D ${hashed} ${json}`);
      // Written beside and renamed into place: a run that reads it meanwhile sees the old cache or the new one.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, `${lines.join('\n')}\n`);
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

function readStored(file: string, fingerprint: string): { files: Map<string, string>; derived: Map<string, string> } {
  const stored = { files: new Map<string, string>(), derived: new Map<string, string>() };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return stored; // no cache yet
  }
  // Written in ASCII only (see asciiJson), so read as one byte a character: decoding 1 MB of UTF-8 takes 10 ms.
  if (!isAscii(bytes)) return stored;
  const lines = bytes.toString('latin1').split('\n');
  if (lines[0] !== `${MAGIC} ${FORMAT} ${fingerprint}`) return stored; // other code made it, or it is not a cache
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const space = line.indexOf(' ', 2);
    if (space < 0) continue;
    const kind = line.startsWith('F ') ? stored.files : line.startsWith('D ') ? stored.derived : undefined;
    kind?.set(line.slice(2, space), line.slice(space + 1));
  }
  return stored;
}

/**
 * JSON in ASCII: every character past U+007F written as a \\u escape, which JSON.parse reads back as the same
 * character. A cache file in ASCII reads several times faster than one in UTF-8.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether JSON gives `value` back exactly: plain objects, arrays, strings, booleans, null and finite numbers. */
function exactInJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !exactInJson(value[i])) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) if (!exactInJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
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
