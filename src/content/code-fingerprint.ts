import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const known = new Map<string, string>();

/**
 * A hash of the code under the given folders of src/ and of the locked dependency versions: what cached results
 * made by that code are keyed by, so that any change to the code (or an `npm ci` of other versions) discards them.
 */
export function codeFingerprint(folders: readonly string[]): string {
  const key = folders.join('\0');
  const memo = known.get(key);
  if (memo) return memo;
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else hash.update(`${prefix}${entry.name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const folder of folders) walk(join(SRC, folder), `${folder}/`);
  const lock = join(SRC, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  const fingerprint = hash.digest('hex');
  known.set(key, fingerprint);
  return fingerprint;
}
