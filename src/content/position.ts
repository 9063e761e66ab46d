import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { scalarCharOffset, valueStartAfterKey } from './scalar-offset.ts';
import { plainPathOffset } from './yaml-paths.ts';

type YamlModule = typeof import('yaml');
const requireModule = createRequire(import.meta.url);
let yamlModule: YamlModule | undefined;
/**
 * The `yaml` package, loaded the first time a position tree is needed: its seventy modules take about 40 ms to load,
 * a tenth of a whole validate run, and a clean run never needs them.
 */
function yaml(): YamlModule {
  return (yamlModule ??= requireModule('yaml') as YamlModule);
}

/** A 1-based line and column in a content file. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML value together with a way to find where any field of it was written. */
export interface YamlSource {
  value: unknown;
  /** Syntax errors, with positions, in the order the parser met them. */
  errors: { position: Position; message: string }[];
  /** Where the field at `path` is, or its nearest written ancestor when the field is missing. */
  locate(path?: readonly PropertyKey[], within?: WithinValue): Position;
}

/** A character of a field's string value: `index` into `value`, the string as read. */
export interface WithinValue {
  value: string;
  index: number;
}

/**
 * Parses YAML keeping the way back to source positions. Values come from js-yaml (YAML 1.2 core schema, ten
 * times faster); positions come from the `yaml` package's document tree, built only when a finding asks for one,
 * because validating ten thousand files must stay fast and most files have nothing to report. `firstLine` is the
 * file line the YAML starts on (frontmatter starts on line 2), so positions point into the file the author edits.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const { locate, syntaxErrors } = yamlLocator(text, firstLine);
  try {
    const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    return { value, errors: [], locate };
  } catch (error) {
    return { value: undefined, errors: syntaxErrors(error), locate };
  }
}

/**
 * The way back from a field to where it is written in `text`, without reading the values: what an entry keeps (and
 * what a cached entry gets back) to point findings at lines. The `yaml` package's tree is built on first need.
 */
export function yamlLocator(
  text: string,
  firstLine = 1,
): { locate: YamlSource['locate']; syntaxErrors(jsYamlError: unknown): YamlSource['errors'] } {
  let tree: { doc: Document; lines: LineCounter; uniqueKeys: boolean } | undefined;
  // Finding a field needs no duplicate-key check: js-yaml, which read the values, refuses duplicate keys. That
  // check compares each key with every key before it, minutes for a file of 200,000 keys; only the syntax errors
  // of a file js-yaml refused ask for it.
  const document = (uniqueKeys = false) => {
    if (!tree || (uniqueKeys && !tree.uniqueKeys)) {
      const { LineCounter, parseDocument } = yaml();
      const lines = new LineCounter();
      tree = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys }), lines, uniqueKeys };
    }
    return tree;
  };
  const toPosition = (offset: number): Position => {
    const { line, col } = document().lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  let keyLines: Map<string, number | null> | undefined;
  const locate = (path: readonly PropertyKey[] = [], within?: WithinValue): Position => {
    if (within && path.length > 0) {
      const character = characterOffset(path, within);
      if (character !== undefined) return positionAt(text, character, firstLine);
    }
    // Most findings point at a top-level field: find its line by text, without building the document tree.
    if (path.length === 1 && typeof path[0] === 'string') {
      const line = (keyLines ??= topLevelKeyLines(text)).get(path[0]);
      if (typeof line === 'number') return { line: line + firstLine - 1, column: 1 };
    }
    // Deeper fields of plainly written YAML are found in the text too (see yaml-paths.ts).
    const plain = tree ? undefined : plainPathOffset(text, path);
    if (plain !== undefined) return positionAt(text, plain, firstLine);
    return toPosition(offsetOf(document().doc, path));
  };
  // Where character `index` of the string at `path` is written (see scalar-offset.ts), when that can be told exactly.
  const characterOffset = (path: readonly PropertyKey[], { value, index }: WithinValue): number | undefined => {
    const field = (tree ? undefined : plainPathOffset(text, path)) ?? offsetOf(document().doc, path);
    const start = typeof path.at(-1) === 'number' ? field : valueStartAfterKey(text, field);
    return start === undefined ? undefined : scalarCharOffset(text, start, value, index);
  };

  const syntaxErrors = (error: unknown): YamlSource['errors'] => {
    // The yaml package reports every syntax error of the file at once, with better positions; fall back to
    // js-yaml's single error for the rare input the two parsers judge differently.
    const errors = document(true).doc.errors.map((e) => ({
      position: toPosition(e.pos[0]),
      message: e.message.split('\n')[0] ?? e.message,
    }));
    if (errors.length === 0) {
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      errors.push({ position: { line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1 }, message: reason });
    }
    // Both parsers recurse: YAML nested thousands of levels deep overflows the stack. Say so once, where it starts.
    const overflow = errors.find((e) => /call stack/i.test(e.message));
    return overflow ? [{ position: overflow.position, message: 'the YAML nests too deeply to be read' }] : errors;
  };
  return { locate, syntaxErrors };
}

/** The line and column of an offset in a text whose first line is line `firstLine` of its file. */
export function positionAt(text: string, offset: number, firstLine: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line: line + firstLine - 1, column: offset - lineStart + 1 };
}

/**
 * The 1-based line of each `key:` written at the start of a line (a top-level key), or null for a key written
 * there more than once. One pass over the text, made on the first finding: a search per finding would make a
 * file with thousands of unknown keys take minutes (each finding scanning the whole text).
 */
function topLevelKeyLines(text: string): Map<string, number | null> {
  const lines = new Map<string, number | null>();
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/^([A-Za-z][\w-]*)\s*:/gm)) {
    for (; counted < match.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    lines.set(match[1]!, lines.has(match[1]!) ? null : line);
  }
  return lines;
}

/** Where the `yaml` package's tree puts each path in `text` (see offsetOf): the reference the text-only reader is held to. */
export function treeOffsets(text: string): (path: readonly PropertyKey[]) => number {
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return (path) => offsetOf(doc, path);
}

/** Start offset of the deepest node of `path` present in the document; for a map key, the key itself. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
