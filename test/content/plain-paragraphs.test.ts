import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark as processor } from 'remark';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { plainParagraphs } from '../../src/content/markdown.ts';

// The shortcut for plain prose must build exactly the tree remark builds, positions included.
const remark = processor().use(remarkMdx);
const pad = (body: string, firstLine: number) => '\n'.repeat(firstLine - 1) + body;

function measureBodies(): { file: string; body: string; line: number }[] {
  const dir = new URL('../fixtures/seed/content/measures/', import.meta.url).pathname;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const split = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
      return { file, body: split.body, line: split.bodyLine };
    });
}

describe('plainParagraphs', () => {
  const bodies = measureBodies();

  it('handles most of the default content', () => {
    const plain = bodies.filter(({ body, line }) => plainParagraphs(pad(body, line)));
    expect(plain.length).toBeGreaterThan(bodies.length / 2);
  });

  it.each(bodies.map(({ file, body, line }) => [file, body, line] as const))('builds the tree remark builds for %s', (_, body, line) => {
    const padded = pad(body, line);
    const fast = plainParagraphs(padded);
    if (fast) expect(fast).toEqual(remark.parse(padded));
  });

  it.each([
    ['several paragraphs', 'One line.\nand a second line.\n\n\nAnother “paragraph” (with e.g. punctuation).\n'],
    ['no final newline', 'Just text'],
    ['blank lines with spaces', 'One.\n   \nTwo.\n\n'],
    ['umlauts and dashes', 'Daten werden verschlüsselt – immer; Straße.'],
  ])('matches remark on %s', (_, body) => {
    const padded = pad(body, 14);
    expect(plainParagraphs(padded)).toEqual(remark.parse(padded));
  });

  it.each([
    ['a list', '- one\n- two'],
    ['an ordered list', '1. one'],
    ['emphasis', 'a *b* c'],
    ['a hard break', 'one  \ntwo'],
    ['indentation', 'one\n  two'],
    ['a setext heading', 'Title\n==='],
    ['an entity', 'a &amp; b'],
    ['a component', 'see <EvidenceRef id="x" />'],
    ['an autolink literal', 'see https://example.com'],
    ['an e-mail literal', 'mail a@example.com'],
  ])('leaves %s to remark', (_, body) => {
    expect(plainParagraphs(pad(body, 1))).toBeUndefined();
  });
});
