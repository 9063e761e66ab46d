import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pdf/layout/blocks.ts';
import { flowBlocks } from '../../src/pdf/layout/flow.ts';
import { createStructBuilder } from '../../src/pdf/layout/struct.ts';
import { columnWidths } from '../../src/pdf/layout/table.ts';
import { gutter, styles } from '../../src/pdf/layout/theme.ts';
import type { Atom, Item, Run } from '../../src/pdf/layout/types.ts';
import { fakeMeasurer } from './fake-metrics.ts';

// Fake metrics: every character is half an em wide.
const measurer = fakeMeasurer();
const body = (text: string, extra: Partial<Run> = {}): Run => ({ text, style: styles.body.text, ...extra });
const frame = { x: 100, width: 300, parent: 0 };
const flow = (blocks: Block[]) => {
  const struct = createStructBuilder();
  return { atoms: flowBlocks(blocks, frame, { measurer, struct, tables: { next: 0 } }), struct: struct.nodes };
};
const texts = (atoms: Atom[]) => atoms.flatMap((a) => a.items.filter((i): i is Extract<Item, { kind: 'text' }> => i.kind === 'text'));

describe('headings', () => {
  it('set the number in the gutter on the first line, and keep with what follows', () => {
    const { atoms } = flow([{ type: 'heading', level: 2, number: [body('1')], runs: [body('Title')] }]);
    const [number, title] = texts(atoms);
    expect(number).toMatchObject({ text: '1 ', x: frame.x - gutter });
    expect(title).toMatchObject({ text: 'Title', x: frame.x, y: number!.y });
    expect(atoms.every((a) => a.keepWithNext)).toBe(true);
  });

  it('move a number too wide for the gutter in front of the title', () => {
    const { atoms } = flow([{ type: 'heading', level: 3, number: [body('LONGPREFIX-0001')], runs: [body('Title')] }]);
    const items = texts(atoms);
    expect(items.map((t) => t.text).join('')).toBe('LONGPREFIX-0001 Title');
    expect(items[0]!.x).toBe(frame.x);
    expect(new Set(items.map((t) => t.y)).size).toBe(1);
  });
});

describe('lists', () => {
  it('hang bullets and right-align numbers before the item text', () => {
    const item = (text: string): Block[] => [{ type: 'paragraph', runs: [body(text)] }];
    const bullets = texts(flow([{ type: 'list', ordered: false, start: 1, tight: true, items: [item('a'), item('b')] }]).atoms);
    expect(bullets.map((t) => [t.text, t.x])).toEqual([
      ['• ', 102],
      ['a', 114],
      ['• ', 102],
      ['b', 114],
    ]);
    const numbers = texts(flow([{ type: 'list', ordered: true, start: 9, tight: true, items: [item('a'), item('b')] }]).atoms);
    // "10." is 15 pt wide at 10 pt, so the text column starts at 100 + 21; numbers end 5 pt before it.
    expect(numbers.map((t) => [t.text, t.x])).toEqual([
      ['9. ', 106],
      ['a', 121],
      ['10. ', 101],
      ['b', 121],
    ]);
  });

  it('tag as L > LI > Lbl + LBody', () => {
    const { struct } = flow([{ type: 'list', ordered: false, start: 1, tight: true, items: [[{ type: 'paragraph', runs: [body('a')] }]] }]);
    expect(struct.map((n) => n.role)).toEqual(['Document', 'L', 'LI', 'Lbl', 'LBody', 'P']);
  });
});

describe('structure', () => {
  it('gives a link its own Link element under the paragraph, shared by the runs inside it', () => {
    const link = { uri: 'https://example.com' };
    const { atoms, struct } = flow([
      { type: 'paragraph', runs: [body('see '), body('our ', { link }), body('page', { link }), body(' now')] },
    ]);
    expect(struct.map((n) => n.role)).toEqual(['Document', 'P', 'Link']);
    expect(texts(atoms).map((t) => t.tag)).toEqual([1, 2, 2, 1]);
  });
});

describe('columnWidths', () => {
  const cell = (text: string) => [body(text)];
  it('stretches natural widths to the full width in proportion', () => {
    // natural: 'aa' = 10 + 10 padding = 20, 'aaaaaa' = 30 + 10 = 40; 60 stretched to 120.
    expect(columnWidths([[cell('aa'), cell('aaaaaa')]], 2, 120, [], measurer)).toEqual([40, 80]);
  });

  it('gives every column at least its widest word when the text must wrap', () => {
    const widths = columnWidths([[cell('a '.repeat(40)), cell('bbbbbbbb '.repeat(10))]], 2, 200, [], measurer);
    expect(widths[1]).toBeGreaterThanOrEqual(50);
    expect(widths[0]! + widths[1]!).toBeCloseTo(200);
  });

  it('keeps fixed widths', () => {
    expect(columnWidths([[cell('label'), cell('value')]], 2, 300, [132, undefined], measurer)).toEqual([132, 168]);
  });
});
