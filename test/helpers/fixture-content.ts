import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromEpoch } from '../../src/content/build-date.ts';

/** The build date every fixture is checked on: 2026-11-27. */
export const FIXTURE_EPOCH = 1795737600;
export const fixtureBuildDate = fromEpoch(FIXTURE_EPOCH);

export const MINIMAL_CONTENT = new URL('../fixtures/minimal/content/', import.meta.url).pathname;

/**
 * The seed content: the default content as it was first written from test/fixtures/seed/tom-annex-ii.txt, a
 * realistic company (39 measures, six frameworks, signed annexes). Tests that need a whole, real-sized content set
 * use it; the project's own content/ is never read by a test, so changing it cannot break one.
 */
export const SEED_CONTENT = new URL('../fixtures/seed/content/', import.meta.url).pathname;

/**
 * Materialises the minimal content with a case's files laid over it (and files named in remove.txt deleted) in a
 * temporary project root. Returns the root; content is at <root>/content.
 */
export function overlayContent(caseDir?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tc-fixture-'));
  cpSync(MINIMAL_CONTENT, join(root, 'content'), { recursive: true });
  if (caseDir) {
    if (existsSync(join(caseDir, 'content'))) cpSync(join(caseDir, 'content'), join(root, 'content'), { recursive: true });
    const remove = join(caseDir, 'remove.txt');
    if (existsSync(remove)) {
      for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, 'content', file));
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
