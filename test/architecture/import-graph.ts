import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layers of src/, lowest first. A module may import from its own layer and from lower ones, never from a
 * higher one; within a layer only the pairs in SIDEWAYS are allowed. The Astro site (pages, components, layouts,
 * styles) is part of the site layer.
 *
 *   schema  ←  content  ←  rules, documents  ←  pdf, site, diff, authoring  ←  pipeline, check, bench  ←  cli
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['schema'],
  ['content'],
  ['rules', 'documents'],
  ['pdf', 'site', 'diff', 'authoring'],
  ['pipeline', 'check', 'bench'],
  ['cli'],
];

/** Folders that are part of another folder's layer. */
const ALIASES: Record<string, string> = { pages: 'site', components: 'site', layouts: 'site', styles: 'site' };

/**
 * Imports between two folders of the same layer that are allowed: the version rules compare documents; the bench
 * drives the check's browser and static server to measure search.
 */
const SIDEWAYS = new Set(['rules→documents', 'bench→check']);

/** Downward imports that are still forbidden: the site and the PDFs show content, they never validate it. */
const FORBIDDEN = new Set(['site→rules', 'pdf→rules']);

export interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** The folder (layer member) a file under src/ belongs to, or undefined for files at src/ itself. */
function area(srcDir: string, file: string): string | undefined {
  const first = relative(srcDir, file).split(sep)[0];
  if (!first || first === relative(srcDir, file)) return undefined;
  return ALIASES[first] ?? first;
}

function rank(name: string): number {
  return LAYERS.findIndex((layer) => layer.includes(name));
}

/** Every relative import of a TypeScript or Astro file, as written. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm)) out.push(match[2]!);
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|astro)$/.test(entry.name) ? [full] : [];
  });
}

/** Every import in `srcDir` that points up a layer, sideways without permission, or into an unknown folder. */
export function layerViolations(srcDir: string): Violation[] {
  const root = resolve(srcDir);
  const out: Violation[] = [];
  for (const file of filesUnder(root)) {
    const from = area(root, file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      const where = relative(root, file).split(sep).join('/');
      if (!target.startsWith(root + sep)) {
        out.push({ file: where, imports: spec, why: 'imports from outside src/' });
        continue;
      }
      const to = area(root, target);
      if (!from || !to || from === to) continue;
      const [a, b] = [rank(from), rank(to)];
      if (a < 0 || b < 0) out.push({ file: where, imports: spec, why: `${a < 0 ? from : to} is in no layer (add it to LAYERS)` });
      else if (FORBIDDEN.has(`${from}→${to}`)) out.push({ file: where, imports: spec, why: `${from} must not depend on ${to}` });
      else if (b > a) out.push({ file: where, imports: spec, why: `${from} is below ${to}: imports point down the layers` });
      else if (b === a && !SIDEWAYS.has(`${from}→${to}`))
        out.push({ file: where, imports: spec, why: `${from} and ${to} share a layer and must not depend on each other` });
    }
  }
  return out;
}
