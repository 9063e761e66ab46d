import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../', import.meta.url));
/** The code a PDF's bytes depend on: what the content means, what a document says, how it is laid out and signed. */
const FOLDERS = ['schema', 'content', 'documents', 'pdf'];

let memo: string | undefined;

/**
 * A hash of the renderer: the sources and fonts the bytes of a PDF depend on, and the locked dependency versions.
 * Cached archive PDFs are keyed by it, so a build after a code change renders archived versions again (and the
 * release lock then tells whether they still come out the same) instead of serving what older code made.
 */
export function rendererFingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else hash.update(`${prefix}${entry.name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const folder of FOLDERS) walk(join(SRC, folder), `${folder}/`);
  const lock = join(SRC, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  memo = hash.digest('hex');
  return memo;
}
