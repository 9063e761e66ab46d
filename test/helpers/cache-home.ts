import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: the test run gets a cache folder of its own ($XDG_CACHE_HOME, inherited by every test file and
 * every process a test starts), so that `validate`'s load cache (src/content/load-cache.ts) neither writes into the
 * developer's ~/.cache nor carries results from one test run into the next.
 */
export default function setup(): () => void {
  const home = mkdtempSync(join(tmpdir(), 'tc-test-cache-'));
  process.env.XDG_CACHE_HOME = home;
  return () => rmSync(home, { recursive: true, force: true });
}
