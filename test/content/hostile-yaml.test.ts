import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeValueCharacters } from '../../src/content/file-text.ts';
import { parseYaml } from '../../src/content/position.ts';
import { loadProject } from '../../src/content/project.ts';
import { validateProject } from '../../src/rules/validate.ts';
import { fixtureBuildDate, overlayContent } from '../helpers/fixture-content.ts';

describe('hostile YAML', () => {
  it('answers nesting too deep for the parsers with one error, not a crash', () => {
    const source = parseYaml(`id: deep\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(source.errors.map((error) => error.message)).toEqual(['the YAML nests too deeply to be read']);
  });

  it('walks values shared through aliases once ("billion laughs")', () => {
    const levels = 'abcdefghi'.split('');
    const text = [
      'a: &a ["lol\\u202e", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`),
    ].join('\n');
    const source = parseYaml(text);
    expect(source.errors).toEqual([]);
    const started = performance.now();
    const findings = unsafeValueCharacters('x.yaml', source.value, source.locate, new Set());
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [1, 'invisible character U+202E RIGHT-TO-LEFT OVERRIDE, written as an escape in a quoted string'],
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** Every finding of the validator on the minimal content with a rule fixture case laid over it. */
function findingsOf(caseDir: string) {
  const { root, cleanup } = overlayContent(new URL(`../rules/fixtures/${caseDir}/`, import.meta.url).pathname);
  try {
    return validateProject(loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }));
  } finally {
    cleanup();
  }
}

describe('characters the YAML parser refuses', () => {
  // NUL, other controls and U+FFFF in a YAML value or in frontmatter: js-yaml refuses the whole file, at a position
  // that is not the character's. Each is one unsafe-character error where it is; the item is still read, so
  // nothing that refers to it is reported as dangling and its other fields are still checked.
  it('are each reported once, where they are, and the file is read all the same', () => {
    const findings = findingsOf('unsafe-character/trigger-in-yaml');
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'content/evidence/tls-config.yaml:2:21 unsafe-character',
      'content/evidence/tls-config.yaml:5:27 unsafe-character',
      'content/evidence/tls-config.yaml:6:22 unsafe-character',
      'content/measures/encryption/enc-01.mdx:6:21 unsafe-character',
    ]);
  });

  it('a file saved as UTF-16 is one text-encoding error, not a NUL on every line', () => {
    expect(findingsOf('text-encoding/trigger-utf16').map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'content/evidence/tls-config.yaml:1:1 text-encoding',
    ]);
  });
});

describe('a YAML file of 200,000 lines', () => {
  // Each line an unknown key holding a NUL: 400,000 findings. Locating each key once searched the whole text (hours
  // at this size), the position tree checked every key against every other, and the findings were handed on as
  // one spread argument list, which overflows the stack.
  it('gets every finding in seconds, without a crash', () => {
    const { root, cleanup } = overlayContent();
    try {
      const lines = Array.from({ length: 200_000 }, (_, i) => `k${i}: v\0\n`).join('');
      writeFileSync(join(root, 'content/evidence/many.yaml'), `id: many\ntitle: Many\nkind: record\nvisibility: public\n${lines}`);
      const started = performance.now();
      const findings = validateProject(loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }));
      const counts = Object.groupBy(findings, (finding) => finding.rule);
      expect(Object.fromEntries(Object.entries(counts).map(([rule, list]) => [rule, list!.length]))).toEqual({
        schema: 200_002, // the 200,000 keys, and the missing owner and issued date
        'unsafe-character': 200_000,
      });
      expect(findings.find((finding) => finding.message.includes('k199999'))).toMatchObject({ line: 200_004, column: 1 });
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      cleanup();
    }
  });
});
