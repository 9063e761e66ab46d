import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, checkBodyText, tooDeep } from '../../src/content/body-limits.ts';
import { parseBody } from '../../src/content/markdown.ts';
import { publicBodyText, toPublicBody } from '../../src/content/to-public-body.ts';
import { bodyBlocks } from '../../src/pdf/layout/content/body.ts';
import { renderBody } from '../../src/site/render-body.ts';

const list = (levels: number, indent: string) => Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join('\n');
const problems = (source: string) =>
  checkBodyText(source, 1).problems.map((problem) => `${problem.limit} ${problem.position.line}:${problem.position.column}`);

/** The container depth the parser finds: list items and quotes around the deepest node. */
function containerDepth(source: string): number {
  const parsed = parseBody(source, 1, { shortcuts: false });
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  let deepest = 0;
  const stack: [Root | Root['children'][number], number][] = [[parsed.tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const own = depth + (node.type === 'listItem' || node.type === 'blockquote' ? 1 : 0);
    deepest = Math.max(deepest, own);
    if ('children' in node) for (const child of node.children) stack.push([child as Root['children'][number], own]);
  }
  return deepest;
}

describe('checkBodyText', () => {
  it('says where a body goes past the size and line limits', () => {
    expect(problems('a'.repeat(BODY_LIMITS.lineCharacters))).toEqual([]);
    expect(problems(`ok\n${'a'.repeat(BODY_LIMITS.lineCharacters + 1)}`)).toEqual([`line 2:${BODY_LIMITS.lineCharacters + 1}`]);
    const big = `${'a'.repeat(999)}\n`.repeat(BODY_LIMITS.characters / 1000);
    expect(problems(big)).toEqual([]);
    expect(problems(`${big}a`)).toEqual(['characters 1:1']);
  });

  it.each([
    ['two-space lists', list(10, '  ')],
    ['four-space lists', list(10, '    ')],
    ['tab-indented lists', list(10, '\t')],
    ['quotes', `${'> '.repeat(10)}deep`],
    ['quotes written together', `${'>'.repeat(10)} deep`],
    ['lists in quotes', `${'> - '.repeat(5)}deep`],
    ['markers on one line', `${'- '.repeat(10)}deep`],
    ['ordered lists', Array.from({ length: 10 }, (_, i) => `${'   '.repeat(i)}1. level`).join('\n')],
    ['a lazy line in deep quotes', `${'> '.repeat(10)}deep\nlazy`],
  ])('measures the nesting of %s as the parser builds it, and lets ten levels through', (_, source) => {
    expect(containerDepth(source)).toBe(10);
    expect(problems(source)).toEqual([]);
  });

  it.each([
    ['two-space lists', list(11, '  '), 11],
    ['four-space lists', list(11, '    '), 11],
    ['quotes', `${'> '.repeat(11)}deep`, 1],
    ['lists in quotes', `> - > - > - > - > -\n> - > - > - > - > - > deep`, 2],
  ])('refuses eleven levels of %s at the first line that goes past', (_, source, line) => {
    expect(problems(source)).toEqual([`depth ${line}:1`]);
  });

  it('does not count thematic breaks, blank lines or continuation text as nesting', () => {
    const source = `${list(10, '  ')}\n\n                    continued\n- - -\n* * *\n\n${list(10, '  ')}`;
    expect(problems(source)).toEqual([]);
  });

  it('answers a 2,000-level list at once, without parsing it', () => {
    const started = performance.now();
    const parsed = parseBody(list(2000, '  '), 14);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.limit)).toEqual(['characters', 'depth', 'line']);
    // Generous even for a loaded machine: the parse of this body took 278 s before it overflowed the stack.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('tooDeep', () => {
  it('measures any depth without recursion', () => {
    let node: Root['children'][number] = { type: 'text', value: 'x' };
    for (let i = 0; i < 200_000; i++) node = { type: 'emphasis', children: [node] } as Root['children'][number];
    const problem = tooDeep({ type: 'root', children: [node] });
    expect(problem?.message).toBe(
      `the body nests 200000 levels deep (lists, block quotes, emphasis, links, components); the limit is ${BODY_LIMITS.depth}`,
    );
  });

  it('refuses inline nesting past the limit after the parse', () => {
    const deep = parseBody(`${'*a '.repeat(11)}x${' b*'.repeat(11)}`, 3);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.problems).toEqual([expect.objectContaining({ limit: 'depth', position: { line: 3, column: 31 } })]);
    expect(parseBody(`${'*a '.repeat(10)}x${' b*'.repeat(10)}`).ok).toBe(true);
  });
});

describe('every consumer of a body at the nesting limit', () => {
  it('converts, renders to HTML and lays out for the PDF', () => {
    const source = `${'> - '.repeat(3)}**_[~~deep~~](https://example.com)_**\n\n${list(10, '  ')}`;
    const parsed = parseBody(source);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const body = toPublicBody(parsed.tree, () => undefined);
    expect(publicBodyText(body)).toContain('level 10');
    expect(renderBody(body)).toContain('<del>deep</del>');
    expect(bodyBlocks(body).length).toBe(2);
  });
});
