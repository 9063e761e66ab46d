import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './position.ts';

/**
 * Measure bodies are MDX syntax parsed to a tree and never compiled: content is data, not code. GFM is only
 * switched on when a body holds a character a GFM construct needs, because it doubles the parse time and
 * validation of thousands of measures is the pull-request feedback loop.
 */
const mdx = unified().use(remarkParse).use(remarkMdx);
const mdxGfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const GFM_TRIGGER = /[|~]|https?:|www\.|@|\[[ xX]\]|\[\^/;

export type ParsedBody = { ok: true; tree: Root } | { ok: false; position: Position; message: string };

/**
 * Parses a body whose first line is line `firstLine` of its file. Blank lines are prepended so that node positions
 * are file positions; leading blank lines do not change what Markdown means.
 */
export function parseBody(body: string, firstLine = 1): ParsedBody {
  const padded = '\n'.repeat(Math.max(0, firstLine - 1)) + body;
  const processor = GFM_TRIGGER.test(body) ? mdxGfm : mdx;
  try {
    return { ok: true, tree: processor.parse(padded) as Root };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      ok: false,
      position: { line: place.line ?? firstLine, column: place.column ?? 1 },
      message: (place.reason ?? place.message ?? String(error)).split('\n')[0] ?? 'cannot parse the body',
    };
  }
}

/**
 * Whether a body could contain anything besides plain prose and Markdown emphasis: JSX, expressions, ESM, raw
 * HTML, or links. Bodies without any of these characters cannot break the safe-content rules, so validation may
 * skip parsing them.
 */
export function mayContainMarkup(body: string): boolean {
  return /[<{[\]]|^\s*(?:import|export)\b|:\/\/|mailto:|www\./m.test(body);
}
