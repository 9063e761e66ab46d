/**
 * Where a field is written in YAML, found in the text itself for the plain shapes content files are written in:
 * block mappings with plain keys, block sequences, and one-line flow sequences of plain items. Finding the line of
 * `reviewedText.ENC-01` or `evidence[2]` this way spares a run the `yaml` package (about 40 ms to load) and the
 * parse of the file. Anything else (quotes that could span lines, flow mappings, anchors, tags, tabs, a path that
 * does not resolve) answers undefined, and the caller asks the `yaml` package's tree. test/content/yaml-paths.test.ts
 * holds the two to the same answer for every path of every content fixture.
 *
 * The offset returned is the one the tree gives (see offsetOf in position.ts): for a mapping key, the key's first
 * character; for a sequence item, the item's first character.
 */
export function plainPathOffset(text: string, path: readonly PropertyKey[]): number | undefined {
  if (path.length === 0 || !isPlain(text)) return undefined;
  const lines = splitLines(text);
  // The whole document is the block mapping at indentation 0.
  let block: Block = { from: 0, to: lines.length, indent: 0, firstLineOffset: undefined };
  let offset: number | undefined;
  for (let step = 0; step < path.length; step++) {
    const segment = path[step]!;
    const last = step === path.length - 1;
    if (typeof segment === 'string') {
      const found = findKey(lines, block, segment);
      if (!found) return undefined;
      offset = found.keyOffset;
      if (last) return offset;
      const next = valueBlock(lines, found.line, block.indent, found.rest);
      if (!next) {
        // A one-line flow sequence: only an item index can follow, and it must be the last segment.
        const index = path[step + 1];
        if (step + 2 !== path.length || typeof index !== 'number') return undefined;
        return flowItemOffset(lines[found.line]!, found.restOffset, index);
      }
      block = next;
    } else if (typeof segment === 'number') {
      const item = findItem(lines, block, segment);
      if (item === undefined) return undefined;
      offset = item.itemOffset;
      if (last) return offset;
      block = item.block;
    } else return undefined;
  }
  return offset;
}

interface Line {
  text: string;
  /** Offset of the line's first character in the document. */
  start: number;
  /** Spaces before the first other character; -1 for a blank or comment line. */
  indent: number;
}

/** Lines from..to (exclusive) holding a block whose entries start at `indent`. */
interface Block {
  from: number;
  to: number;
  indent: number;
  /** For a mapping that starts on a sequence item's own line (`- key: value`): where its first key is. */
  firstLineOffset: number | undefined;
}

/** Rules out what this reader does not follow: anything that can span lines or change how a line reads. */
function isPlain(text: string): boolean {
  // Tabs, carriage returns, directives, document markers, complex keys, anchors, aliases and tags.
  // (Block scalars, | and >, are fine: their text is indented deeper than the key they belong to.)
  if (/[\t\r]|^\s*(?:---|\.\.\.|\?|%)|(?:^\s*|: +|- +|[[{,] *)[&*!]/m.test(text)) return false;
  for (const line of text.split('\n')) {
    // A quote could open a scalar that goes on to the next lines: only lines whose quotes close pass.
    if ((line.includes('"') || line.includes("'")) && !quotesClose(line)) return false;
    // So could a flow collection: one written on a line must close on it (paths into it are the tree's to find).
    if ((line.includes('[') || line.includes('{')) && !bracketsClose(line)) return false;
  }
  return true;
}

/** Whether the line closes every [ and { it opens (quotes included: a bracket in a quote only makes it stricter). */
function bracketsClose(line: string): boolean {
  let depth = 0;
  for (const char of line) {
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Whether every quoted scalar opened on the line closes on it. */
function quotesClose(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote === '"') {
      if (char === '\\') i++;
      else if (char === '"') quote = undefined;
    } else if (quote === "'") {
      if (char === "'") {
        if (line[i + 1] === "'") i++;
        else quote = undefined;
      }
    } else if ((char === '"' || char === "'") && /[\s:[,\-]|^$/.test(line.slice(Math.max(0, i - 1), i))) quote = char;
    else if (char === '#' && (i === 0 || line[i - 1] === ' ')) return true;
  }
  return quote === undefined;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trimStart();
    lines.push({ text: raw, start, indent: trimmed === '' || trimmed.startsWith('#') ? -1 : raw.length - trimmed.length });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * A key written plain that YAML reads as that very string: starting with a letter, and not a word YAML reads as a
 * boolean or null. (A key such as `1.0` is read as a number, and the tree compares keys by their value.)
 */
const PLAIN_KEY = /^(?!(?:true|false|null|True|False|Null|TRUE|FALSE|NULL) *:)([A-Za-z][\w.-]*) *:(?: +|$)/;

/** The entry `key:` of a block mapping, where the key is written plain and exactly once. */
function findKey(
  lines: readonly Line[],
  block: Block,
  key: string,
): { line: number; keyOffset: number; rest: string; restOffset: number } | undefined {
  let found: { line: number; keyOffset: number; rest: string; restOffset: number } | undefined;
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!;
    if (line.indent < 0) continue;
    const first = i === block.from && block.firstLineOffset !== undefined;
    const column = first ? block.firstLineOffset! - line.start : line.indent;
    if (!first && line.indent < block.indent) return undefined; // the block ended early: not a shape read here
    if (!first && line.indent > block.indent) continue; // a nested value
    const match = PLAIN_KEY.exec(line.text.slice(column));
    if (!match) return undefined; // an entry this reader does not follow
    if (match[1] === key) {
      if (found) return undefined; // a duplicate key: the tree decides
      const restOffset = column + match[0].length;
      found = { line: i, keyOffset: line.start + column, rest: line.text.slice(restOffset), restOffset };
    }
  }
  return found;
}

/** The block holding the value of the key on `line`, when it is written on the lines below it. */
function valueBlock(lines: readonly Line[], line: number, indent: number, rest: string): Block | undefined {
  if (rest.trim() !== '' && !rest.trimStart().startsWith('#')) return undefined;
  let first = line + 1;
  while (first < lines.length && lines[first]!.indent < 0) first++;
  if (first >= lines.length) return undefined;
  const childIndent = lines[first]!.indent;
  const sequence = lines[first]!.text.trimStart().startsWith('-');
  // A mapping's value is deeper than its key; a sequence may sit at the key's own indentation.
  if (childIndent < indent || (childIndent === indent && !sequence)) return undefined;
  let to = first;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.indent < 0) continue;
    if (l.indent < childIndent || (l.indent === childIndent && childIndent === indent && !l.text.trimStart().startsWith('-'))) break;
    to = i + 1;
  }
  return { from: first, to, indent: childIndent, firstLineOffset: undefined };
}

/** Item `index` of the block sequence in `block`, and the block of its value. */
function findItem(lines: readonly Line[], block: Block, index: number): { itemOffset: number; block: Block } | undefined {
  const items: number[] = [];
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!;
    if (line.indent < 0 || line.indent > block.indent) continue;
    if (line.indent < block.indent || !/^- +\S/.test(line.text.slice(line.indent))) return undefined;
    items.push(i);
  }
  const at = items[index];
  if (at === undefined) return undefined;
  const line = lines[at]!;
  const itemColumn = line.indent + /^- +/.exec(line.text.slice(line.indent))![0].length;
  const end = items[index + 1] ?? block.to;
  const value = line.text.slice(itemColumn);
  // An item that is itself a mapping (`- key: value`) continues on the lines below at the key's column.
  const mapping = PLAIN_KEY.test(value);
  return {
    itemOffset: line.start + itemColumn,
    block: { from: at, to: end, indent: itemColumn, firstLineOffset: mapping ? line.start + itemColumn : undefined },
  };
}

/**
 * Item `index` of a one-line flow sequence (`[a, b, "8.13"]`) written at `restOffset` of the line: items plain, or
 * double-quoted without escapes or commas.
 */
function flowItemOffset(line: Line, restOffset: number, index: number): number | undefined {
  const rest = line.text.slice(restOffset);
  const match = /^\[([^[\]{}#]*)\] *(?:#.*)?$/.exec(rest);
  if (!match) return undefined;
  let at = restOffset + 1;
  const parts = match[1]!.split(',');
  if (parts.at(-1)!.trim() === '') parts.pop(); // a trailing comma
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!/^ *(?:"[^"\\]*"|[^\s"'][^"']*?) *$/.test(part)) return undefined;
    if (i === index) return line.start + at + (part.length - part.trimStart().length);
    at += part.length + 1;
  }
  return undefined;
}
