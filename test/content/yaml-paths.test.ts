import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { treeOffsets } from '../../src/content/position.ts';
import { plainPathOffset } from '../../src/content/yaml-paths.ts';
import { syntheticContent } from '../../src/bench/synthetic-content.ts';

// Findings point at fields; for plainly written YAML the field is found in the text (yaml-paths.ts) instead of the
// `yaml` package's tree. Wherever the text reader answers, it must answer what the tree does: checked for every
// path into every YAML file and frontmatter of the fixtures and of synthetic content, and on hand-made YAML written
// to mislead it. Where it is unsure it answers nothing, and the tree is asked.
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const RULE_FIXTURES = new URL('../rules/fixtures/', import.meta.url).pathname;

function yamlTexts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlTexts(path));
    else if (/\.ya?ml$/.test(name)) out.push(readFileSync(path, 'utf8'));
    else if (name.endsWith('.mdx')) {
      const split = splitFrontmatter(readFileSync(path, 'utf8'));
      if (split.frontmatter !== undefined && !split.error) out.push(split.frontmatter);
    }
  }
  return out;
}

/** Every path into a value, and a few that lead nowhere (a missing key, an index past the end). */
function pathsOf(value: unknown, prefix: PropertyKey[] = [], depth = 0): PropertyKey[][] {
  if (depth > 6 || value === null || typeof value !== 'object') return [];
  const out: PropertyKey[][] = [[...prefix, Array.isArray(value) ? (value as unknown[]).length : 'no-such-key']];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    out.push([...prefix, key]);
    out.push(...pathsOf(item, [...prefix, key], depth + 1));
  }
  return out;
}

function hasPath(value: unknown, path: readonly PropertyKey[]): boolean {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return true;
}

function check(texts: readonly string[]): { answered: number; asked: number; disagreements: string[] } {
  let answered = 0;
  let asked = 0;
  const disagreements: string[] = [];
  for (const text of texts) {
    let value: unknown;
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    } catch {
      continue;
    }
    const treeOffset = treeOffsets(text);
    for (const path of pathsOf(value)) {
      if (path.length < 2) continue; // one key deep is found by its line already (position.ts)
      const real = path.at(-1) !== 'no-such-key' && !(typeof path.at(-1) === 'number' && !hasPath(value, path));
      if (real) asked++;
      const fast = plainPathOffset(text, path);
      if (fast === undefined) continue;
      if (real) answered++;
      const tree = treeOffset(path);
      if (fast !== tree) disagreements.push(`${JSON.stringify(path)}: text ${fast}, tree ${tree}\n${text.slice(0, 400)}`);
    }
  }
  return { answered, asked, disagreements };
}

const TRICKY = [
  'a:\n  b: 1\n  b: 2\n',
  'a:\n- x\n- y\nb: 2\n',
  'a:\n  - x\n  -   y\n  - z: 1\n    w: 2\n',
  'a: |\n  b: 1\n  c: 2\nd:\n  e: 3\n',
  'a: >-\n  folded\n  text: here\nb: [x, y]\n',
  'a: plain text\n  that goes on\nb:\n  c: d\n',
  '"a":\n  b: 1\n',
  "a:\n  'b': 1\n  c: 2\n",
  'a: [x, "y, z", w]\n',
  'a: [x, y,]\n',
  'a: [ x , y ]   # comment\n',
  'a:\n  # comment\n  b: 1 # note\n\n  c: 2\n',
  'a:\n  1: x\n  2: y\n',
  'a:\n  true: x\n  yes: y\n',
  'a: &anchor\n  b: 1\nc: *anchor\n',
  'a:\n\tb: 1\n',
  'a:\r\n  b: 1\r\n',
  'a: "multi\n  line"\nb:\n  c: 1\n',
  "a: 'it''s'\nb:\n  c: 1\n",
  "a: don't\nb:\n  c: [x]\n",
  'a:\n  - [x, y]\n  - b: [1, 2]\n',
  'a:\n  -\n    b: 1\n',
  'a: {b: 1}\n',
  'a:\n    b:\n      c: 1\n    d: 2\n',
  'a:\n  b: 1\n c: 2\n',
  'a:\n  - b: 1\n    c:\n      - d\n      - e\n  - f: 2\n',
  '? complex\n: value\n',
  'a: !tag x\nb:\n  c: 1\n',
  'a:\n  b-c.d_e: 1\n  f: [g]\n',
  'a:\n  b: "x # y"\n  c: [1]\n',
  'a: [x, [y]]\n',
  'a:\n  - x # one\n  # between\n  - y\n',
  'a: ["x, y", z]\nb:\n  c: 1\n',
  'a: ["x\\"y", z]\n',
  'a: [ "8.1" , b ]\n',
  'refs: { ccm-v4: [CEK-01] }\nmeasures: [A-01]\nreviewedText:\n  A-01: abc\n',
  'a: {b: 1,\n  c: 2}\nd:\n  e: 1\n',
  'a: [x,\n  y]\nb:\n  c: 1\n',
  'a: [x, y] # [note\nb: [1]\n',
];

describe('plainPathOffset', () => {
  it('agrees with the tree on every path of every fixture, and answers most of them', () => {
    const texts = [...yamlTexts(FIXTURES), ...yamlTexts(RULE_FIXTURES)];
    const { answered, asked, disagreements } = check(texts);
    expect(disagreements).toEqual([]);
    expect(texts.length).toBeGreaterThan(400);
    expect(answered / asked).toBeGreaterThan(0.5);
  });

  it('agrees with the tree on synthetic content', () => {
    const files = syntheticContent({ measures: 60, answers: 60, buildDate: '2026-11-27' });
    const texts = [...files].flatMap(([file, text]) => {
      if (/\.ya?ml$/.test(file)) return [text];
      const split = splitFrontmatter(text);
      return split.frontmatter !== undefined ? [split.frontmatter] : [];
    });
    const { answered, asked, disagreements } = check(texts);
    expect(disagreements).toEqual([]);
    expect(answered / asked).toBeGreaterThan(0.8);
  });

  it('agrees with the tree on YAML written to mislead it', () => {
    const { answered, disagreements } = check(TRICKY);
    expect(disagreements).toEqual([]);
    expect(answered).toBeGreaterThan(20);
  });

  it('finds the fields answers and measures are most often reported at', () => {
    const answer = 'id: backups\nmeasures: [REC-05, ENC-01]\nreviewedText:\n  REC-05: f4e445975284\n  ENC-01: 0a1b2c3d4e5f\n';
    expect(plainPathOffset(answer, ['reviewedText', 'ENC-01'])).toBe(answer.indexOf('ENC-01: 0a'));
    expect(plainPathOffset(answer, ['measures', 1])).toBe(answer.indexOf('ENC-01]'));
    expect(plainPathOffset(answer, ['reviewedText', 'GONE-01'])).toBeUndefined();
    // A flow mapping on its own line leaves the rest of the file readable.
    const withRefs = `refs: { ccm-v4: [CEK-03] }\n${answer}`;
    expect(plainPathOffset(withRefs, ['reviewedText', 'REC-05'])).toBe(withRefs.indexOf('REC-05: f4'));
  });
});
