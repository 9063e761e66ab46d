import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, PROJECT_ROOT, ProjectContentRead } from '../helpers/content-guard.ts';

/**
 * The product's tests are about the product, not about content/: a security engineer's wording change or another
 * company's content must leave `npm test` green. The guard (test/helpers/content-guard.ts) makes every read of the
 * project's content fail, in the test process and in every process a test starts; these tests show that it does,
 * and that no test even names the project's content folder.
 */
describe('tests never read the project content', () => {
  it('a read of content/ in a test fails with a message that says why', () => {
    expect(() => readFileSync(join(PROJECT_CONTENT, 'organisation.yaml'))).toThrow(ProjectContentRead);
    expect(() => readdirSync(PROJECT_CONTENT)).toThrow(/tests use fixtures under test\/fixtures\//);
    // Fixtures are readable: the guard is about the one folder.
    expect(readdirSync(join(PROJECT_ROOT, 'test/fixtures')).length).toBeGreaterThan(0);
  });

  it('a Node process started by a test cannot read content/ either', () => {
    const result = spawnSync(process.execPath, ['-e', "require('node:fs').readFileSync('content/organisation.yaml')"], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('tests use fixtures under test/fixtures/');
  });

  it('no test file builds a path into the project content folder', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'fixtures') walk(path);
        } else if (path.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          // join(ROOT, 'content'), new URL('../../content/...'), resolve(projectRoot, 'content/...'), cwd: content
          const patterns = [/\b(?:ROOT|PROJECT_ROOT|projectRoot|process\.cwd\(\))\s*,\s*['"`]content\b/, /['"`](?:\.\.\/){2,}content\//];
          for (const pattern of patterns) {
            if (pattern.test(text) && !/(content-independence.test|content-guard)\.ts$/.test(path))
              offenders.push(relative(PROJECT_ROOT, path));
          }
        }
      }
    };
    walk(join(PROJECT_ROOT, 'test'));
    expect(offenders).toEqual([]);
  });
});
