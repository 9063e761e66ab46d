import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The site reads only the public view. One module (src/site/view.ts) loads the project and keeps nothing but its
 * view(); every page, component, layout and site module must reach content through it, never through the
 * loader or the model, where internal evidence and owners live.
 */
const root = join(import.meta.dirname, '../..');
const forbidden = /from\s+['"][^'"]*content\/(?:load|model|entry|project|files|frontmatter|markdown)(?:\.ts)?['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.(?:ts|astro|js)$/.test(entry.name) ? [full] : [];
  });
}

it('no page, component, layout or site module imports the loader or the model', () => {
  const files = ['src/pages', 'src/components', 'src/layouts', 'src/site', 'public'].flatMap((dir) => sources(join(root, dir)));
  expect(files.length).toBeGreaterThan(20);
  const offenders = files
    .map((file) => relative(root, file))
    .filter((file) => file !== 'src/site/view.ts')
    .filter((file) => forbidden.test(readFileSync(join(root, file), 'utf8')));
  expect(offenders).toEqual([]);
});

it('inserts raw HTML in exactly one place: the escaping body renderer', () => {
  const files = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) => sources(join(root, dir)));
  const uses = files.filter((file) => readFileSync(file, 'utf8').includes('set:html=')).map((file) => relative(root, file));
  expect(uses).toEqual(['src/components/Body.astro']);
  expect(readFileSync(join(root, 'src/components/Body.astro'), 'utf8')).toMatch(/set:html=\{html\}/);
});
