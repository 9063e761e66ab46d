import { describe, expect, it } from 'vitest';
import type { PublicBody, PublicBlock, PublicInline } from '../../src/schema/public-body.ts';
import { renderBody } from '../../src/site/render-body.ts';

const body = (...children: PublicBlock[]): PublicBody => ({ type: 'root', children });
const p = (...children: PublicInline[]): PublicBlock => ({ type: 'paragraph', children });
const text = (value: string): PublicInline => ({ type: 'text', value });

describe('renderBody', () => {
  it('renders every block and inline node type', () => {
    const html = renderBody(
      body(
        { type: 'heading', depth: 1, children: [text('Scope')] },
        p(
          text('Plain '),
          { type: 'emphasis', children: [text('em')] },
          { type: 'strong', children: [text('strong')] },
          { type: 'delete', children: [text('gone')] },
          { type: 'inlineCode', value: 'a<b' },
          { type: 'break' },
        ),
        { type: 'list', ordered: false, start: null, children: [{ type: 'listItem', children: [p(text('one'))] }] },
        { type: 'blockquote', children: [p(text('quoted'))] },
        { type: 'code', value: 'x = 1 < 2', lang: 'ts' },
        { type: 'thematicBreak' },
      ),
    );
    expect(html).toBe(
      '<h3>Scope</h3>' +
        '<p>Plain <em>em</em><strong>strong</strong><del>gone</del><code>a&lt;b</code><br></p>' +
        '<ul><li><p>one</p></li></ul>' +
        '<blockquote><p>quoted</p></blockquote>' +
        '<pre><code class="language-ts">x = 1 &lt; 2</code></pre>' +
        '<hr>',
    );
  });

  it('shifts headings by the offset and stops at h6', () => {
    expect(renderBody(body({ type: 'heading', depth: 2, children: [text('a')] }), { headingOffset: 1 })).toBe('<h3>a</h3>');
    expect(renderBody(body({ type: 'heading', depth: 6, children: [text('a')] }))).toBe('<h6>a</h6>');
  });

  it('keeps the start of an ordered list, and omits it when it is 1', () => {
    const item = { type: 'listItem' as const, children: [p(text('x'))] };
    expect(renderBody(body({ type: 'list', ordered: true, start: 3, children: [item] }))).toBe('<ol start="3"><li><p>x</p></li></ol>');
    expect(renderBody(body({ type: 'list', ordered: true, start: 1, children: [item] }))).toBe('<ol><li><p>x</p></li></ol>');
  });

  it('renders a table with its first row as the header row and alignment as classes', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
    const html = renderBody(
      body({
        type: 'table',
        align: [null, 'right'],
        children: [
          { type: 'tableRow', children: [cell('Key'), cell('Bits')] },
          { type: 'tableRow', children: [cell('AES'), cell('256')] },
        ],
      }),
    );
    expect(html).toContain('<thead><tr><th scope="col">Key</th><th scope="col" class="align-right">Bits</th></tr></thead>');
    expect(html).toContain('<tbody><tr><td>AES</td><td class="align-right">256</td></tr></tbody>');
    expect(html).toMatch(/^<section class="table-scroll" aria-label="Table" tabindex="0"><table>/);
  });

  it('links evidence to its public URL, or names it when it has none', () => {
    expect(renderBody(body(p({ type: 'evidenceRef', id: 'iso', title: 'ISO "cert"', url: 'https://example.com/iso' })))).toBe(
      '<p><a href="https://example.com/iso" rel="noopener noreferrer"><cite class="evidence-ref">ISO &quot;cert&quot;</cite></a></p>',
    );
    expect(renderBody(body(p({ type: 'evidenceRef', id: 'policy', title: 'Policy' })))).toBe(
      '<p><cite class="evidence-ref">Policy</cite></p>',
    );
  });

  it('marks external links noopener noreferrer and leaves relative links alone', () => {
    expect(renderBody(body(p({ type: 'link', url: 'https://example.com/?a=1&b=2', children: [text('x')] })))).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer">x</a></p>',
    );
    expect(renderBody(body(p({ type: 'link', url: '/measures/enc-01/', children: [text('x')] })))).toBe(
      '<p><a href="/measures/enc-01/">x</a></p>',
    );
    expect(renderBody(body(p({ type: 'link', url: 'mailto:security@example.com', children: [text('x')] })))).toBe(
      '<p><a href="mailto:security@example.com">x</a></p>',
    );
  });

  describe('hostile content', () => {
    it('escapes markup in text, code and titles', () => {
      const html = renderBody(
        body(
          p(text('<script>alert(1)</script>'), { type: 'inlineCode', value: '<img src=x onerror=alert(1)>' }),
          { type: 'code', value: '</code></pre><script>alert(2)</script>', lang: '"><script>' },
          { type: 'heading', depth: 1, children: [text('<h1 onclick="x">')] },
        ),
      );
      expect(html).not.toMatch(/<script|<img|onclick="/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('<pre><code>&lt;/code&gt;&lt;/pre&gt;'); // an unsafe language name is dropped
    });

    it('escapes quotes in attributes so a URL cannot break out of href', () => {
      const html = renderBody(body(p({ type: 'link', url: 'https://example.com/"onmouseover="alert(1)', children: [text('x')] })));
      expect(html).toBe('<p><a href="https://example.com/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a></p>');
    });

    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])('renders a %j link as plain text', (url) => {
      const html = renderBody(body(p({ type: 'link', url, children: [text('click')] })));
      expect(html).toBe('<p>click</p>');
    });

    it('never links evidence to a script URL', () => {
      const html = renderBody(body(p({ type: 'evidenceRef', id: 'x', title: 'T', url: 'javascript:alert(1)' })));
      expect(html).toBe('<p><cite class="evidence-ref">T</cite></p>');
    });
  });
});
