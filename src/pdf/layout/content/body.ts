import type { PublicBlock, PublicBody, PublicListItem, PublicTableRow } from '../../../schema/public-body.ts';
import type { Align, Block } from '../blocks.ts';
import { styles } from '../theme.ts';
import type { TextStyle } from '../types.ts';
import { phrasing } from './inline.ts';

/**
 * A measure body (the closed public subset of mdast) as layout blocks. Headings inside a body sit below the
 * measure's own heading (H3), so a body's `#` becomes H4. The switch covers every block type the public body
 * admits; TypeScript checks that it stays so.
 */
export function bodyBlocks(body: PublicBody, headingLevel = 3): Block[] {
  const block = (node: PublicBlock): Block => blockOf(node, headingLevel, block);
  return body.children.map(block);
}

/** `headingLevel` is the level of the measure's own heading (4 under a taxonomy's group headings). */
function blockOf(node: PublicBlock, headingLevel: number, block: (node: PublicBlock) => Block): Block {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', runs: phrasing(node.children, styles.body.text) };
    case 'heading':
      return { type: 'heading', level: Math.min(6, headingLevel + node.depth) as 4 | 5 | 6, runs: phrasing(node.children, styles.h4.text) };
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered,
        start: node.start ?? 1,
        tight: true,
        items: node.children.map((item: PublicListItem) => item.children.map(block)),
      };
    case 'blockquote':
      return { type: 'quote', variant: 'quote', children: node.children.map(block) };
    case 'code':
      return { type: 'code', text: node.value };
    case 'thematicBreak':
      return { type: 'rule' };
    case 'table': {
      const [head, ...rows] = node.children;
      const cells = (row: PublicTableRow, style: TextStyle) => row.children.map((cell) => phrasing(cell.children, style));
      return {
        type: 'table',
        variant: 'grid',
        align: node.align.map((a): Align => a ?? 'left'),
        ...(head ? { header: cells(head, styles.tableHead.text) } : {}),
        rows: rows.map((row) => cells(row, styles.table.text)),
      };
    }
  }
}
