import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface ContentEntries {
  /** Regular files, as paths relative to the folder with forward slashes, sorted so that loading is stable. */
  files: string[];
  /** Entries that are neither a regular file nor a folder (symbolic links, pipes, sockets, devices): never read. */
  special: { path: string; kind: string }[];
}

/**
 * Every entry below `dir`. Only regular files are content: a symbolic link could pull in text from outside the
 * repository's review, and a link replacing a measure must not make it vanish silently, so links are listed, not
 * followed. Names starting with "." (editor and VCS files) are skipped.
 */
export function listEntries(dir: string): ContentEntries {
  const files: string[] = [];
  const special: { path: string; kind: string }[] = [];
  const walk = (relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
      else special.push({ path, kind: kindOf(entry) });
    }
  };
  walk('');
  return { files: files.sort(), special: special.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** Every regular file below `dir` (see listEntries). */
export function listFiles(dir: string): string[] {
  return listEntries(dir).files;
}

function kindOf(entry: Dirent): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}
