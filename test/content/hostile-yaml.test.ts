import { describe, expect, it } from 'vitest';
import { unsafeValueCharacters } from '../../src/content/file-text.ts';
import { parseYaml } from '../../src/content/position.ts';

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
