import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/content/markdown.ts';
import { publicBodyText, toPublicBody } from '../../src/content/to-public-body.ts';
import { isPublicBody } from '../../src/schema/public.ts';

function convert(source: string) {
  const parsed = parseBody(source);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return toPublicBody(parsed.tree, (id) => (id === 'pub' ? { title: 'Public report', url: 'https://example.com/r' } : undefined));
}

describe('toPublicBody', () => {
  it('keeps Markdown structure and drops positions', () => {
    const body = convert('# Title\n\nSome **bold** and *em* and `code`.\n\n1. one\n2. two\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n');
    expect(isPublicBody(body)).toBe(true);
    expect(body.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'table']);
    expect(publicBodyText(body)).toBe('Title\n\nSome bold and em and code.\n\none\n\ntwo\n\na | b\n\n1 | 2');
    expect(JSON.stringify(body)).not.toContain('position');
  });

  it('drops what validation rejects, as a second lock', () => {
    const body = convert(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) and <Widget /> and {1+1}\n\n![img](https://evil.example/a.png)',
    );
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/script|javascript|Widget|evil|1\+1/);
    expect(publicBodyText(body)).toBe('x and  and ');
  });

  it('resolves EvidenceRef only for public evidence and drops Acknowledge', () => {
    const body = convert('See <EvidenceRef id="pub" /> and <EvidenceRef id="secret" />.\n\n<Acknowledge phrase="x" reason="y" />');
    expect(publicBodyText(body)).toBe('See Public report and .');
    expect(body.children).toHaveLength(1);
  });

  it('resolves reference-style links with safe URLs only', () => {
    const body = convert('[ok][a] and [bad][b]\n\n[a]: https://example.com\n[b]: javascript:alert(1)');
    expect(JSON.stringify(body)).toContain('https://example.com');
    expect(JSON.stringify(body)).not.toContain('javascript');
  });
});
