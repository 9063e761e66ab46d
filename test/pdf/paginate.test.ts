import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pdf/layout/blocks.ts';
import { flowBlocks } from '../../src/pdf/layout/flow.ts';
import { paginate } from '../../src/pdf/layout/paginate.ts';
import { createStructBuilder } from '../../src/pdf/layout/struct.ts';
import { styles } from '../../src/pdf/layout/theme.ts';
import type { Atom, Item, LaidPage } from '../../src/pdf/layout/types.ts';
import { fakeMeasurer } from './fake-metrics.ts';

const area = { top: 0, bottom: 100 };
const atom = (height: number, label: string, extra: Partial<Atom> = {}): Atom => ({
  height,
  spaceBefore: 5,
  items: [{ kind: 'text', x: 0, y: height, text: label, width: 10, style: styles.body.text, tag: 1 }],
  ...extra,
});
const textsOf = (page: LaidPage) => page.items.filter((i): i is Extract<Item, { kind: 'text' }> => i.kind === 'text').map((i) => i.text);
const ys = (page: LaidPage) => page.items.filter((i) => i.kind === 'text').map((i) => (i as { y: number }).y);

describe('paginate', () => {
  it('stacks atoms with their space, and drops the space at the top of a page', () => {
    const pages = paginate([atom(40, 'a'), atom(40, 'b'), atom(40, 'c')], area);
    expect(pages.map(textsOf)).toEqual([['a', 'b'], ['c']]);
    // a: top 0 (no space on a fresh page), b: 40 + 5; c starts page 2 at 0 again.
    expect(ys(pages[0]!)).toEqual([40, 85]);
    expect(ys(pages[1]!)).toEqual([40]);
  });

  it('never ends a page with a heading: a keep-with-next chain moves as a whole', () => {
    const pages = paginate(
      [atom(50, 'text'), atom(20, 'heading', { keepWithNext: true }), atom(20, 'first line'), atom(20, 'second')],
      area,
    );
    // heading + first line (50 + 5 + 20 + 5 + 20 = 100) fits exactly; heading + first line + second does not matter.
    expect(pages.map(textsOf)).toEqual([['text', 'heading', 'first line'], ['second']]);
    const tight = paginate([atom(60, 'text'), atom(20, 'heading', { keepWithNext: true }), atom(20, 'first line')], area);
    expect(tight.map(textsOf)).toEqual([['text'], ['heading', 'first line']]);
  });

  it('places a chain taller than a page atom by atom instead of looping', () => {
    const chain = Array.from({ length: 8 }, (_, i) => atom(20, `h${i}`, { keepWithNext: true }));
    const pages = paginate(chain, area);
    expect(pages.flatMap(textsOf)).toHaveLength(8);
    expect(pages.length).toBe(2);
  });

  it('starts a page at breakBefore', () => {
    expect(paginate([atom(10, 'a'), atom(10, 'b', { breakBefore: true })], area).map(textsOf)).toEqual([['a'], ['b']]);
  });

  it('records marks at the top of their atom', () => {
    const pages = paginate([atom(10, 'a'), atom(10, 'b', { marks: [{ kind: 'anchor', id: 'x' }] })], area);
    expect(pages[0]!.marks).toEqual([{ mark: { kind: 'anchor', id: 'x' }, y: 15 }]);
  });
});

describe('tables across pages', () => {
  const measurer = fakeMeasurer();
  const table = (rows: number): Block => ({
    type: 'table',
    variant: 'grid',
    header: [[{ text: 'Head', style: styles.tableHead.text }]],
    rows: Array.from({ length: rows }, (_, i) => [[{ text: `row ${i + 1}`, style: styles.table.text }]]),
  });
  const flow = (blocks: Block[]) =>
    flowBlocks(blocks, { x: 0, width: 300, parent: 0 }, { measurer, struct: createStructBuilder(), tables: { next: 0 } });

  it('repeats the header row on every page the table continues on, as an artifact', () => {
    const pages = paginate(flow([table(40)]), { top: 0, bottom: 200 });
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(textsOf(page)[0]).toBe('Head');
    const bodyRows = pages.flatMap(textsOf).filter((t) => t.startsWith('row'));
    expect(bodyRows).toEqual(Array.from({ length: 40 }, (_, i) => `row ${i + 1}`));
    // Only the first header is content; repeats carry no structure tag.
    const heads = pages.map((p) => p.items.find((i) => i.kind === 'text' && i.text === 'Head') as { tag?: number });
    expect(heads[0]!.tag).toBeDefined();
    for (const head of heads.slice(1)) expect(head.tag).toBeUndefined();
  });

  it('never leaves a header alone at the bottom of a page', () => {
    const filler: Block = {
      type: 'paragraph',
      runs: [{ text: Array.from({ length: 120 }, () => 'word').join(' '), style: styles.body.text }],
    };
    const pages = paginate(flow([filler, table(3)]), { top: 0, bottom: 150 });
    for (const page of pages) {
      const texts = textsOf(page);
      if (texts.at(-1) === 'Head') throw new Error('header ended a page');
    }
  });

  it('splits a row taller than a page between lines', () => {
    const tall: Block = {
      type: 'table',
      variant: 'grid',
      rows: [[[{ text: Array.from({ length: 30 }, (_, i) => `line${i}`).join('\n'), style: styles.table.text }]]],
    };
    const pages = paginate(flow([tall]), { top: 0, bottom: 120 });
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flatMap(textsOf).map((t) => t.trim())).toEqual(Array.from({ length: 30 }, (_, i) => `line${i}`));
    for (const page of pages) for (const item of page.items) if (item.kind === 'text') expect(item.y).toBeLessThanOrEqual(120);
  });
});
