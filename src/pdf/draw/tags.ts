import { type PDFContext, type PDFDict, PDFHexString, PDFName, PDFNumber, type PDFPage, type PDFRef } from 'pdf-lib';
import type { StructNode } from '../layout/types.ts';

type Kid = { kind: 'mcid'; page: number; mcid: number } | { kind: 'node'; node: number } | { kind: 'annot'; page: number; ref: PDFRef };

/**
 * Builds the tagged-PDF structure while pages are drawn. Each marked-content sequence gets an MCID on its page
 * and is recorded as a kid of its structure node; a node becomes a kid of its parent the first time it (or a
 * descendant) receives content, so every element's kids come out in reading order, text and links interleaved.
 * Nodes that never receive content are left out, except empty table cells, which keep their place in the row so
 * columns still line up for a screen reader.
 */
export function createTagger(nodes: readonly StructNode[]) {
  const kids: Kid[][] = nodes.map(() => []);
  const attached = nodes.map((_, i) => i === 0);
  const mcidsByPage: number[][] = [];
  const annots: { node: number }[] = [];

  const attach = (node: number) => {
    if (attached[node]) return;
    const parent = nodes[node]!.parent;
    attach(parent);
    kids[parent]!.push({ kind: 'node', node });
    attached[node] = true;
  };

  return {
    /** Starts a marked-content sequence for `node` on page `page`; returns its MCID. */
    mark(page: number, node: number): number {
      attach(node);
      const owners = (mcidsByPage[page] ??= []);
      owners.push(node);
      const mcid = owners.length - 1;
      kids[node]!.push({ kind: 'mcid', page, mcid });
      return mcid;
    },
    /** Records a link annotation as content of `node`; returns the annotation's /StructParent key. */
    annotation(page: number, node: number, ref: PDFRef, pageCount: number): number {
      attach(node);
      kids[node]!.push({ kind: 'annot', page, ref });
      annots.push({ node });
      return pageCount + annots.length - 1;
    },
    /** Writes the structure tree, parent tree and catalog entries. */
    finish(context: PDFContext, catalog: PDFDict, pages: PDFPage[]): void {
      placeEmptyCells(nodes, kids, attached);
      const refs = nodes.map(() => context.nextRef());
      const rootRef = context.nextRef();
      nodes.forEach((node, i) => {
        if (!attached[i]) return;
        const k = kids[i]!.map((kid) => {
          if (kid.kind === 'node') return refs[kid.node]!;
          if (kid.kind === 'mcid') return context.obj({ Type: 'MCR', Pg: pages[kid.page]!.ref, MCID: kid.mcid });
          return context.obj({ Type: 'OBJR', Obj: kid.ref, Pg: pages[kid.page]!.ref });
        });
        const dict = context.obj({ Type: 'StructElem', S: node.role, P: i === 0 ? rootRef : refs[node.parent]!, K: k });
        if (node.scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: node.scope }));
        if (node.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
        if (node.lang) dict.set(PDFName.of('Lang'), PDFHexString.fromText(node.lang));
        context.assign(refs[i]!, dict);
      });
      const nums: (PDFNumber | PDFRef | ReturnType<PDFContext['obj']>)[] = [];
      pages.forEach((page, p) => {
        page.node.set(PDFName.of('StructParents'), PDFNumber.of(p));
        page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
        nums.push(PDFNumber.of(p), context.obj((mcidsByPage[p] ?? []).map((node) => refs[node]!)));
      });
      annots.forEach((annot, a) => nums.push(PDFNumber.of(pages.length + a), refs[annot.node]!));
      const parentTree = context.register(context.obj({ Nums: nums }));
      context.assign(
        rootRef,
        context.obj({ Type: 'StructTreeRoot', K: refs[0]!, ParentTree: parentTree, ParentTreeNextKey: pages.length + annots.length }),
      );
      catalog.set(PDFName.of('StructTreeRoot'), rootRef);
      catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    },
  };
}

function placeEmptyCells(nodes: readonly StructNode[], kids: Kid[][], attached: boolean[]): void {
  nodes.forEach((node, i) => {
    if (attached[i] || (node.role !== 'TD' && node.role !== 'TH') || !attached[node.parent]) return;
    const siblings = kids[node.parent]!;
    const at = siblings.findIndex((kid) => kid.kind === 'node' && kid.node > i);
    siblings.splice(at === -1 ? siblings.length : at, 0, { kind: 'node', node: i });
    attached[i] = true;
  });
}

export type Tagger = ReturnType<typeof createTagger>;
