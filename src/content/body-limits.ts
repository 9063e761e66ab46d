import type { Nodes, Root } from 'mdast';
import type { Position } from './position.ts';

/**
 * What a measure body may be, so that hostile text cannot hang or crash the validator or the build. The MDX parser
 * slows down superlinearly on some shapes (thousands of nested lists, long lazy quotes, deep emphasis: minutes for a
 * few kilobytes), and every consumer of a tree (the public body, the site and PDF renderers) walks it recursively.
 * So size and line length are checked on the text before any parse, nesting is estimated from the line prefixes
 * before the parse and measured exactly, without recursion, right after it: a tree deeper than the limit is never
 * handed to anyone. Within these limits the slowest bodies known parse in about a second on a loaded 2-core machine
 * (src/bench/hostile-content.ts).
 */
export const BODY_LIMITS = {
  /** Characters (UTF-16 code units) in one body: about 900 words, ten times a long measure. */
  characters: 6_000,
  /** Characters on one line. Markdown joins the lines of a paragraph, so breaking a line changes nothing shown. */
  lineCharacters: 2_000,
  /** Block quotes, list items, emphasis, strikethrough, links and components inside one another. */
  depth: 10,
} as const;

export type LimitKind = 'characters' | 'line' | 'depth';

export interface LimitProblem {
  limit: LimitKind;
  position: Position;
  message: string;
}

export interface TextCheck {
  /** At most one problem of each kind: the first place the body goes past that limit. */
  problems: LimitProblem[];
  /**
   * An upper bound on the nesting depth, valid for bodies whose links do not nest and whose components are
   * self-closing (what the quick reading accepts). See prefixBound for the lists and quotes; within a paragraph,
   * each level of emphasis takes a delimiter on either side, and a link and a component add one level each.
   */
  simpleDepthBound: number;
}

/** 12,000: digits grouped by three, as in English, without loading the locale data Intl would (about 20 ms). */
export const number = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Checks size, line length and the nesting of lists and quotes on the text alone, in one pass. */
export function checkBodyText(source: string, firstLine: number): TextCheck {
  const problems: LimitProblem[] = [];
  if (source.length > BODY_LIMITS.characters) {
    problems.push({
      limit: 'characters',
      position: { line: firstLine, column: 1 },
      message: `the body has ${number(source.length)} characters; the limit is ${number(BODY_LIMITS.characters)}`,
    });
  }
  const containers = new ContainerEstimate();
  let longLine = false;
  let deepLine = false;
  let inlineBound = 0;
  let prefixDepth = 0;
  let run = { delimiters: 0, link: 0, component: 0 };
  let lineNumber = firstLine;
  for (let start = 0; start <= source.length; lineNumber++) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const line = source.slice(start, end);
    start = end + 1;
    if (!longLine && line.length > BODY_LIMITS.lineCharacters) {
      longLine = true;
      problems.push({
        limit: 'line',
        position: { line: lineNumber, column: BODY_LIMITS.lineCharacters + 1 },
        message: `the line has ${number(line.length)} characters; the limit is ${number(BODY_LIMITS.lineCharacters)}`,
      });
    }
    // Most lines start with a letter and sit in no container: nothing to follow for them.
    const plain = line.length > 0 && !CONTAINER_START.test(line[0]!) && containers.empty;
    if (plain) containers.plainLine();
    else if (!deepLine) {
      const depth = containers.next(line);
      if (depth > BODY_LIMITS.depth) {
        deepLine = true;
        problems.push({
          limit: 'depth',
          position: { line: lineNumber, column: 1 },
          message: `the line is nested ${depth} levels deep in lists and block quotes; the limit is ${BODY_LIMITS.depth}`,
        });
      }
    }
    if (!plain) prefixDepth = Math.max(prefixDepth, prefixBound(line));
    if (/^[ \t]*$/.test(line)) {
      run = { delimiters: 0, link: 0, component: 0 };
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 || c === 95 || c === 126)
        run.delimiters++; // * _ ~
      else if (c === 91)
        run.link = 1; // [
      else if (c === 60) run.component = 1; // <
    }
    inlineBound = Math.max(inlineBound, Math.floor(run.delimiters / 2) + run.link + run.component);
  }
  return { problems, simpleDepthBound: prefixDepth + inlineBound };
}

/**
 * A bound on the lists and quotes a line can open or sit in that needs no state: the deepest nesting is reached
 * on a line that opens a container, where every enclosing quote is matched by a ">", every enclosing list item by
 * at least two columns of indentation, and every new container by its marker. Loose (four-space indentation
 * counts double) but never low, which is what lets the quick reading skip the exact measurement.
 */
function prefixBound(line: string): number {
  let columns = 0;
  let markers = 0;
  for (let i = 0; i < line.length;) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      columns += c === ' ' ? 1 : 4;
      i++;
    } else if (c === '>') {
      markers++;
      i++;
    } else {
      const marker = LIST_MARKER.exec(line.slice(i, i + 11));
      if (!marker) break;
      markers++;
      i += marker[0].length;
    }
  }
  return markers + Math.floor(columns / 2);
}

type Container = { quote: true } | { quote: false; indent: number };

/**
 * The block quotes and list items each line sits in, following CommonMark's container rules: exact for ordinary
 * text, so the message names the depth the author sees. Where a line might be a lazy continuation the open
 * containers are kept; fenced code is not recognised, so list-like lines in code count too. Rare shapes can make it
 * miss a level; the exact measurement after the parse (tooDeep) catches those, and the size limit keeps that parse
 * fast.
 */
class ContainerEstimate {
  private stack: Container[] = [];
  private previousBlank = true;
  deepest = 0;

  get empty(): boolean {
    return this.stack.length === 0;
  }

  /** A line that starts with none of the characters of a container prefix, outside any container. */
  plainLine(): void {
    this.previousBlank = false;
  }

  next(raw: string): number {
    const line = expandPrefixTabs(raw);
    const blank = /^ *$/.test(line);
    let at = 0;
    let matched = 0;
    for (const container of this.stack) {
      if (container.quote) {
        let j = at;
        while (line[j] === ' ') j++;
        if (line[j] !== '>') break;
        at = j + 1 + (line[j + 1] === ' ' ? 1 : 0);
      } else if (!blank) {
        let j = at;
        while (line[j] === ' ' && j - at < container.indent) j++;
        if (j - at < container.indent) break;
        at = j;
      }
      matched++;
    }
    const opened: Container[] = [];
    for (;;) {
      let j = at;
      while (line[j] === ' ') j++;
      if (line[j] === '>') {
        opened.push({ quote: true });
        at = j + 1 + (line[j + 1] === ' ' ? 1 : 0);
        continue;
      }
      const marker = LIST_MARKER.exec(line.slice(j, j + 11));
      if (!marker || THEMATIC_BREAK.test(line.slice(j))) break;
      const after = j + marker[0].length;
      let spaces = 0;
      while (line[after + spaces] === ' ') spaces++;
      const content = after + spaces >= line.length || spaces > 4 ? after + 1 : after + spaces;
      opened.push({ quote: false, indent: content - at });
      at = Math.min(content, line.length);
    }
    let depth: number;
    if (opened.length > 0) {
      this.stack = [...this.stack.slice(0, matched), ...opened];
      depth = this.stack.length;
    } else if (matched < this.stack.length && (blank || this.previousBlank)) {
      this.stack = this.stack.slice(0, matched);
      depth = matched;
    } else {
      depth = this.stack.length;
    }
    this.previousBlank = blank;
    this.deepest = Math.max(this.deepest, depth);
    return depth;
  }
}

/** The characters a container prefix can start with: indentation, ">" and list markers. */
const CONTAINER_START = /[ \t>*+\-0-9]/;

/** A list marker followed by a space or the end of the line. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?= |$)/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;

/** The line with the tabs of its leading prefix expanded to spaces (tab stops every four columns). */
function expandPrefixTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let i = 0;
  for (; i < line.length && /[ \t>*+\-.)0-9]/.test(line[i]!); i++) {
    out += line[i] === '\t' ? ' '.repeat(4 - (out.length % 4)) : line[i];
  }
  return out + line.slice(i);
}

/** The node types that count as a level of nesting (see BODY_LIMITS.depth). */
const NESTING = new Set<string>([
  'blockquote',
  'listItem',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/**
 * Where a parsed tree first goes deeper than the limit, and how deep it goes, or undefined. Walks the tree with an
 * explicit stack, so the check itself cannot overflow whatever the parser built.
 */
export function tooDeep(tree: Root): LimitProblem | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  let first: Position | undefined;
  let deepest = 0;
  while (stack.length > 0) {
    const [node, parentDepth] = stack.pop()!;
    const depth = parentDepth + (NESTING.has(node.type) ? 1 : 0);
    deepest = Math.max(deepest, depth);
    if (depth > BODY_LIMITS.depth && !first) first = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, depth]);
  }
  if (!first) return undefined;
  return {
    limit: 'depth',
    position: first,
    message: `the body nests ${deepest} levels deep (lists, block quotes, emphasis, links, components); the limit is ${BODY_LIMITS.depth}`,
  };
}
