import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/content-guard.ts';
import { importsOf, layerViolations } from './import-graph.ts';

/**
 * The layers of src/ point one way (see import-graph.ts and the README's architecture section), and only the
 * command-line layer touches the process: configuration is resolved there and passed down.
 */
const SRC = join(PROJECT_ROOT, 'src');

describe('layering', () => {
  it('src/ has no import that points up a layer or across a forbidden boundary', () => {
    expect(layerViolations(SRC)).toEqual([]);
  });

  it('catches backward imports, as in its own fixture', () => {
    expect(layerViolations(join(import.meta.dirname, 'fixtures/backward-import/src'))).toEqual([
      { file: 'pdf/draw.ts', imports: '../site/page.ts', why: 'pdf and site share a layer and must not depend on each other' },
      { file: 'rules/index.ts', imports: '../cli/main.ts', why: 'rules is below cli: imports point down the layers' },
      { file: 'schema/measure.ts', imports: '../content/model.ts', why: 'schema is below content: imports point down the layers' },
      { file: 'site/page.ts', imports: '../rules/index.ts', why: 'site must not depend on rules' },
    ]);
  });

  it('reads imports of every form TypeScript and Astro files use', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { B } from '../b/b.ts';",
      "const C = await import('../c/c.ts');",
      "import '../styles/site.css';",
      "import { x } from 'astro/zod';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b/b.ts', '../c/c.ts', '../styles/site.css']);
  });
});

describe('configuration', () => {
  it('only src/cli/ reads the environment, the arguments, the working directory or ends the process', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|astro)$/.test(entry.name) && !relative(SRC, full).startsWith('cli/')) {
          const text = readFileSync(full, 'utf8');
          for (const match of text.matchAll(/process\.(env|argv|cwd\(\)|exit|stdout|stderr|stdin)\b/g)) {
            offenders.push(`${relative(SRC, full)}: process.${match[1]}`);
          }
        }
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });
});
