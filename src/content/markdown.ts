import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { checkBodyText, tooDeep, type LimitKind } from './body-limits.ts';
import type { Position } from './position.ts';

/**
 * Measure bodies are MDX syntax parsed to a tree and never compiled: content is data, not code.
 *
 * The parser is loaded on first use (about 0.2 s of module loading) and GFM is switched on only when a body holds
 * a character a GFM construct needs (it doubles parse time): validating thousands of measures is the pull-request
 * feedback loop, and most bodies are plain prose that never needs a parse. Both shortcuts give exactly the tree of
 * the full MDX + GFM parse; test/content/fast-path.test.ts holds them to it over a corpus of hostile bodies.
 */
type Parser = { parse(text: string): unknown };
let parsers: { mdx: Parser; mdxGfm: Parser } | undefined;

function loadParsers(): { mdx: Parser; mdxGfm: Parser } {
  if (!parsers) {
    const require = createRequire(import.meta.url);
    const { remark } = require('remark') as typeof import('remark');
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parsers = { mdx: remark().use(remarkMdx), mdxGfm: remark().use(remarkMdx).use(remarkGfm) };
  }
  return parsers;
}

/**
 * Every GFM construct needs one of these: tables "|", strikethrough "~", autolink literals "@", "http://",
 * "https://" or "www." (any case), task list items "[ ]"/"[x]", footnotes "[^".
 */
const GFM_TRIGGER = /[|~@]|https?:\/\/|www\.|\[\s*[xX]?\s*\]|\[\^/i;

export interface BodyProblem {
  position: Position;
  message: string;
  /** Set when the body goes past one of BODY_LIMITS; otherwise the parser refused the syntax. */
  limit?: LimitKind;
}

export type ParsedBody = { ok: true; tree: Root } | { ok: false; problems: BodyProblem[] };

export interface ParseOptions {
  /** Take the shortcuts (plain prose without the parser, GFM only when needed). Off: always the full parse. */
  shortcuts?: boolean;
}

/**
 * Parses a body whose first line is line `firstLine` of its file. Blank lines are prepended so that node positions
 * are file positions; leading blank lines do not change what Markdown means. A body past BODY_LIMITS is refused
 * before the parser sees it, and a tree nested deeper than the limit is never returned.
 */
export function parseBody(body: string, firstLine = 1, options: ParseOptions = {}): ParsedBody {
  const { problems } = checkBodyText(body, firstLine);
  if (problems.length > 0) return { ok: false, problems };
  const shortcuts = options.shortcuts ?? true;
  const padded = '\n'.repeat(Math.max(0, firstLine - 1)) + body;
  if (shortcuts) {
    const plain = plainParagraphs(padded);
    if (plain) return { ok: true, tree: plain };
  }
  const { mdx, mdxGfm } = loadParsers();
  const processor = shortcuts && !GFM_TRIGGER.test(body) ? mdx : mdxGfm;
  let tree: Root;
  try {
    tree = processor.parse(padded) as Root;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const message = (place.reason ?? place.message ?? String(error)).split('\n')[0] ?? 'cannot parse the body';
    return { ok: false, problems: [{ position: { line: place.line ?? firstLine, column: place.column ?? 1 }, message }] };
  }
  const deep = tooDeep(tree);
  return deep ? { ok: false, problems: [deep] } : { ok: true, tree };
}

/** Characters and line starts that could mean anything in Markdown, MDX or GFM besides paragraph text. */
const SYNTAX_CHARACTER = /[*_`#>|~<{}[\]!&\\\t\r@\0]|:\/\/|www\./i;
/** Indentation, list and setext markers, and MDX's import/export, which make a line ESM at the start of a block. */
const SYNTAX_LINE_START = /^(?:\s|[-+=]|\d{1,9}[.)]|import|export)/;

/**
 * The tree of a body that is nothing but paragraphs of plain text, built directly, exactly as remark would build
 * it (same nodes, same positions; a test holds the two to each other). Most measure bodies are such prose, and
 * this saves loading and running the parser for them. Returns undefined for anything else.
 */
export function plainParagraphs(padded: string): Root | undefined {
  if (SYNTAX_CHARACTER.test(padded)) return undefined;
  const lines = padded.split('\n');
  const children: Root['children'] = [];
  let offset = 0;
  let open: { startLine: number; startOffset: number; text: string[]; endLine: number; endOffset: number; endColumn: number } | undefined;
  const close = () => {
    if (!open) return;
    const position = {
      start: { line: open.startLine, column: 1, offset: open.startOffset },
      end: { line: open.endLine, column: open.endColumn, offset: open.endOffset },
    };
    children.push({ type: 'paragraph', children: [{ type: 'text', value: open.text.join('\n'), position }], position });
    open = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Markdown's blank lines hold spaces only (tabs never get here); other Unicode spaces are text.
    if (/^ *$/.test(line)) close();
    else {
      // Leading or trailing blanks, list markers, setext underlines and ordered-list numbers all mean syntax.
      if (SYNTAX_LINE_START.test(line) || /\s$/.test(line)) return undefined;
      open ??= { startLine: index + 1, startOffset: offset, text: [], endLine: 0, endOffset: 0, endColumn: 0 };
      open.text.push(line);
      open.endLine = index + 1;
      open.endOffset = offset + line.length;
      open.endColumn = line.length + 1;
    }
    offset += line.length + 1;
  }
  close();
  const last = lines.at(-1) ?? '';
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: last.length + 1, offset: padded.length } },
  };
}
