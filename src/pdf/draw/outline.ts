import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

/** A bookmark at a position: page index and y (PDF coordinates, origin bottom-left). */
export interface OutlineEntry {
  title: string;
  level: number;
  page: number;
  y: number;
}

interface Node {
  entry: OutlineEntry;
  ref: PDFRef;
  children: Node[];
}

/**
 * Writes the document outline (bookmarks) from entries in reading order. A level-2 entry nests under the
 * level-1 entry before it. pdf-lib has no outline API, so the dictionaries are written by hand: /First /Last
 * /Prev /Next /Parent /Count and an /XYZ destination that keeps the reader's zoom.
 */
export function writeOutline(doc: PDFDocument, pages: PDFPage[], entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const entry of entries) {
    const node: Node = { entry, ref: context.nextRef(), children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }

  const count = (nodes: Node[]): number => nodes.reduce((sum, n) => sum + 1 + count(n.children), 0);
  const write = (nodes: Node[], parent: PDFRef) => {
    nodes.forEach((node, i) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(node.entry.title),
        Parent: parent,
        Dest: [pages[node.entry.page]!.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(node.entry.y)), PDFNull],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
      if (node.children.length > 0) {
        dict.set(PDFName.of('First'), node.children[0]!.ref);
        dict.set(PDFName.of('Last'), node.children[node.children.length - 1]!.ref);
        // Open: a reader sees each section's measures without clicking.
        dict.set(PDFName.of('Count'), PDFNumber.of(count(node.children)));
      }
      context.assign(node.ref, dict);
      write(node.children, node.ref);
    });
  };
  write(roots, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: roots[0]!.ref, Last: roots[roots.length - 1]!.ref, Count: count(roots) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}
