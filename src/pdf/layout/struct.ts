import type { StructNode } from './types.ts';

/**
 * Collects the logical structure of a document while it is laid out. Node 0 is the `Document` root. Layout gives
 * every drawn piece of content the index of the node it belongs to; the drawing layer turns that into marked
 * content and a PDF structure tree, so a screen reader hears headings, lists and tables in reading order.
 */
export interface StructBuilder {
  nodes: StructNode[];
  add(role: string, parent: number, extra?: Omit<StructNode, 'role' | 'parent'>): number;
}

export const ROOT = 0;

export function createStructBuilder(): StructBuilder {
  const nodes: StructNode[] = [{ role: 'Document', parent: -1 }];
  return {
    nodes,
    add(role, parent, extra) {
      nodes.push({ role, parent, ...extra });
      return nodes.length - 1;
    },
  };
}
