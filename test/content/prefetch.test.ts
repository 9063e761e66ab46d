import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../src/content/files.ts';
import { loadContent } from '../../src/content/load.ts';
import { prefetchContent } from '../../src/content/prefetch.ts';
import { overlayFixtures, SEED_CONTENT } from '../helpers/fixture-content.ts';

// validate reads the content folder on a worker thread while its own modules load (src/content/prefetch.ts). What
// the worker reads must be the files the loader would read, byte for byte, and a load from it the same load.
describe('prefetchContent', () => {
  it('reads every content file the loader lists, and nothing it would not read', async () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      const content = join(root, 'content');
      writeFileSync(join(content, '.notes.yaml'), 'editor: scratch');
      writeFileSync(join(content, 'measures/README.txt'), 'not content');
      mkdirSync(join(content, 'measures/.git'));
      writeFileSync(join(content, 'measures/.git/HEAD.yaml'), 'ref: main');
      symlinkSync('/etc/hostname', join(content, 'evidence/linked.yaml'));
      const prefetched = await prefetchContent(content);
      const expected = listEntries(content).files.filter((file) => /\.(?:ya?ml|mdx)$/.test(file));
      expect([...prefetched.files.keys()].sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(80);
      for (const [file, bytes] of prefetched.files) expect(Buffer.from(bytes).equals(readFileSync(join(content, file))), file).toBe(true);
      expect(prefetched.files.has('evidence/linked.yaml')).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('loads the same content from what it read, and reads what it lacks itself', async () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      const content = join(root, 'content');
      const prefetched = await prefetchContent(content);
      const missing = [...prefetched.files.keys()].find((file) => file.startsWith('measures/'))!;
      const partial = { dir: prefetched.dir, files: new Map([...prefetched.files].filter(([file]) => file !== missing)) };
      const plain = loadContent({ root, contentDir: 'content' });
      const early = loadContent({ root, contentDir: 'content', prefetched: partial });
      expect(early.findings).toEqual(plain.findings);
      expect(early.content.measures.map((entry) => [entry.file, entry.data, entry.body.source])).toEqual(
        plain.content.measures.map((entry) => [entry.file, entry.data, entry.body.source]),
      );
      expect(early.content.measures.some((entry) => entry.file === `content/${missing}`)).toBe(true);
      // Bytes read ahead for another folder are not used.
      const elsewhere = { dir: join(root, 'other'), files: new Map([[missing, new TextEncoder().encode('---\nbroken: [\n---\n')]]) };
      expect(loadContent({ root, contentDir: 'content', prefetched: elsewhere }).findings).toEqual(plain.findings);
    } finally {
      cleanup();
    }
  });

  it('reads nothing from a folder that does not exist', async () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      rmSync(join(root, 'content'), { recursive: true });
      expect((await prefetchContent(join(root, 'content'))).files.size).toBe(0);
    } finally {
      cleanup();
    }
  });
});
