import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

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
  locate(path?: readonly PropertyKey[]): Position;
}

/**
 * Parses YAML keeping source positions. `firstLine` is the file line the YAML text starts on (frontmatter starts
 * on line 2), so that every position points into the file the author edits.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    position: toPosition(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const value = errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { value, errors, locate: (path = []) => toPosition(offsetOf(doc, path)) };
}

/** Start offset of the deepest node of `path` present in the document; for a map key, the key itself. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
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
