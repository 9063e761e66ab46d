import type { Align, TableBlock } from './blocks.ts';
import { baselineOf, type FlowContext, type Frame, lineItems, tagRuns } from './context.ts';
import type { Measurer } from './measure.ts';
import { type BlockStyle, colors, page, space, styles, textWidth } from './theme.ts';
import type { Atom, Item, Run } from './types.ts';
import { type Line, widestWord, wrapRuns } from './wrap.ts';

interface Cell {
  lines: Line[];
  x: number;
  width: number;
  align: Align;
}

interface RowSpec {
  cells: Cell[];
  style: BlockStyle;
  baseline: number;
  kind: 'head' | 'body' | 'first-field' | 'field';
}

/**
 * Sets a table as one atom per row, so pages break between rows. Columns share the width by their content; a
 * row taller than a page splits between lines. Header rows travel with each row atom, and the paginator repeats
 * them at the top of every page the table continues on.
 */
export function flowTable(block: TableBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const x = block.wide ? page.marginLeft : frame.x;
  const width = block.wide ? textWidth : frame.width;
  const fields = block.variant === 'fields';
  const bodyStyle = block.style ?? (fields ? styles.meta : styles.table);
  const headStyle = block.headStyle ?? styles.tableHead;
  const columnCount = Math.max(block.header?.length ?? 0, ...block.rows.map((row) => row.length));
  if (columnCount === 0) return [];
  const allRows = block.header ? [block.header, ...block.rows] : block.rows;
  const widths = columnWidths(allRows, columnCount, width, block.widths ?? [], ctx.measurer);
  const lefts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const tableTag = ctx.struct.add('Table', frame.parent);
  const layoutRow = (runs: Run[][], rowTag: number, cellRole: (column: number) => [string, 'Column' | 'Row' | undefined]) =>
    Array.from({ length: columnCount }, (_, c): Cell => {
      const [role, scope] = cellRole(c);
      const cellTag = ctx.struct.add(role, rowTag, scope ? { scope } : undefined);
      const inner = widths[c]! - 2 * space.cellPadX;
      return {
        lines: wrapRuns(tagRuns(runs[c] ?? [], cellTag, ctx.struct), inner, ctx.measurer),
        x: lefts[c]!,
        width: widths[c]!,
        align: block.align?.[c] ?? 'left',
      };
    });

  const id = ctx.tables.next++;
  const header: Atom[] = [];
  if (block.header) {
    const cells = layoutRow(block.header, ctx.struct.add('TR', tableTag), () => ['TH', 'Column']);
    header.push(rowAtom({ cells, style: headStyle, baseline: baselineOf(headStyle, ctx.measurer), kind: 'head' }, x, width));
  }
  const rows = block.rows.map((row, r) => {
    const cells = layoutRow(row, ctx.struct.add('TR', tableTag), (c) => (fields && c === 0 ? ['TH', 'Row'] : ['TD', undefined]));
    const kind = fields ? (r === 0 ? 'first-field' : 'field') : 'body';
    return rowAtom({ cells, style: bodyStyle, baseline: baselineOf(bodyStyle, ctx.measurer), kind }, x, width);
  });
  const atoms = [...header, ...rows].map((atom, i) => ({
    ...atom,
    table: { id, header, isHeader: i < header.length },
  }));
  // A header never ends a page, and a table never leaves its last row alone on a new page.
  if (header.length > 0) atoms[0]!.keepWithNext = true;
  if (rows.length >= 3) atoms[atoms.length - 2]!.keepWithNext = true;
  atoms[0]!.spaceBefore = space.table;
  return atoms;
}

/** Distributes the width: natural widths when they fit, else minimum widths plus a share of the rest. */
export function columnWidths(rows: Run[][][], count: number, width: number, fixed: (number | undefined)[], measurer: Measurer): number[] {
  const pad = 2 * space.cellPadX;
  const natural = new Array<number>(count).fill(pad);
  const minimum = new Array<number>(count).fill(pad);
  for (const row of rows) {
    for (let c = 0; c < count; c++) {
      const runs = row[c] ?? [];
      const lines = wrapRuns(runs, Number.POSITIVE_INFINITY, measurer);
      natural[c] = Math.max(natural[c]!, ...lines.map((line) => line.width + pad));
      minimum[c] = Math.max(minimum[c]!, widestWord(runs, measurer) + pad);
    }
  }
  const auto = [...Array(count).keys()].filter((c) => fixed[c] === undefined);
  const available = width - [...Array(count).keys()].reduce((sum, c) => sum + (fixed[c] ?? 0), 0);
  const sum = (values: number[]) => auto.reduce((total, c) => total + values[c]!, 0);
  const naturalSum = sum(natural);
  const minimumSum = sum(minimum);
  return [...Array(count).keys()].map((c) => {
    const given = fixed[c];
    if (given !== undefined) return given;
    if (naturalSum <= available) return natural[c]! + ((available - naturalSum) * natural[c]!) / naturalSum;
    if (minimumSum <= available) {
      const slack = naturalSum - minimumSum;
      return minimum[c]! + (slack === 0 ? 0 : ((available - minimumSum) * (natural[c]! - minimum[c]!)) / slack);
    }
    return (available * minimum[c]!) / minimumSum;
  });
}

function rowAtom(spec: RowSpec, x: number, width: number): Atom {
  const { cells, style, baseline } = spec;
  const lineCount = Math.max(1, ...cells.map((cell) => cell.lines.length));
  const height = 2 * space.cellPadY + lineCount * style.leading;
  const items: Item[] = [];
  if (spec.kind === 'head') items.push({ kind: 'line', x1: x, y1: 0, x2: x + width, y2: 0, width: 0.8, color: colors.ink });
  if (spec.kind === 'first-field') items.push({ kind: 'line', x1: x, y1: 0, x2: x + width, y2: 0, width: 0.4, color: colors.rule });
  for (const cell of cells) {
    cell.lines.forEach((line, i) => {
      const inner = cell.width - 2 * space.cellPadX;
      const offset = cell.align === 'right' ? inner - line.width : cell.align === 'center' ? (inner - line.width) / 2 : 0;
      items.push(...lineItems(line, cell.x + space.cellPadX + offset, space.cellPadY + i * style.leading + baseline));
    });
  }
  const bottom =
    spec.kind === 'head' ? { width: 0.5, color: colors.ink } : { width: 0.4, color: spec.kind === 'body' ? colors.hairline : colors.rule };
  items.push({ kind: 'line', x1: x, y1: height, x2: x + width, y2: height, ...bottom });
  return {
    height,
    spaceBefore: 0,
    items,
    split: (available) => splitRow(spec, x, width, available),
  };
}

/** Splits a row between lines so that the first part is at most `available` tall. */
function splitRow(spec: RowSpec, x: number, width: number, available: number): [Atom, Atom] | undefined {
  const fit = Math.floor((available - 2 * space.cellPadY) / spec.style.leading);
  if (fit < 1 || spec.cells.every((cell) => cell.lines.length <= fit)) return undefined;
  const head = { ...spec, cells: spec.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, fit) })) };
  const tail = {
    ...spec,
    kind: spec.kind === 'first-field' ? ('field' as const) : spec.kind,
    cells: spec.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(fit) })),
  };
  return [rowAtom(head, x, width), rowAtom(tail, x, width)];
}
