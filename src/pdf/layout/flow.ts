import type { Block, CodeBlock, HeadingBlock, ListBlock, ParagraphBlock, QuoteBlock } from './blocks.ts';
import { baselineOf, type FlowContext, type Frame, lineItems, placeText, tagRuns } from './context.ts';
import type { Measurer } from './measure.ts';
import { flowSignatureBox } from './signature-box.ts';
import { flowTable } from './table.ts';
import { type BlockStyle, colors, gutter, space, styles } from './theme.ts';
import type { Atom, Item } from './types.ts';
import { type Line, wrapRuns } from './wrap.ts';

/**
 * Turns blocks into atoms. `firstSpace`, when given, replaces the space above the first atom (a list item's first
 * paragraph sits level with its bullet). A `pageBreak` block makes the next atom start a page.
 */
export function flowBlocks(blocks: readonly Block[], frame: Frame, ctx: FlowContext, firstSpace?: number): Atom[] {
  const atoms: Atom[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      breakNext = true;
      continue;
    }
    const produced = flowBlock(block, frame, ctx);
    const first = produced[0];
    if (!first) continue;
    if (atoms.length === 0 && firstSpace !== undefined) first.spaceBefore = firstSpace;
    if (breakNext) first.breakBefore = true;
    breakNext = false;
    atoms.push(...produced);
  }
  return atoms;
}

function flowBlock(block: Block, frame: Frame, ctx: FlowContext): Atom[] {
  switch (block.type) {
    case 'paragraph':
      return flowParagraph(block, frame, ctx);
    case 'heading':
      return flowHeading(block, frame, ctx);
    case 'list':
      return flowList(block, frame, ctx);
    case 'quote':
      return flowQuote(block, frame, ctx);
    case 'code':
      return flowCode(block, frame, ctx);
    case 'table':
      return flowTable(block, frame, ctx);
    case 'section': {
      const atoms = flowBlocks(block.children, { ...frame, parent: ctx.struct.add(block.role, frame.parent) }, ctx);
      // Chained atoms move to a new page together when they do not fit (see `paginate`).
      if (block.keepTogether) for (const atom of atoms.slice(0, -1)) atom.keepWithNext = true;
      return atoms;
    }
    case 'signatureBox':
      return flowSignatureBox(block, frame, ctx);
    case 'rule':
      return [ruleAtom(frame)];
    case 'pageBreak':
      return [];
  }
}

/** Lines to atoms, keeping a paragraph's first two and last two lines together (no orphans, no widows). */
function lineAtoms(lines: Line[], x: number, style: BlockStyle, measurer: Measurer, spaceBefore: number): Atom[] {
  const baseline = baselineOf(style, measurer);
  const n = lines.length;
  return lines.map((line, i) => ({
    height: style.leading,
    spaceBefore: i === 0 ? spaceBefore : 0,
    items: lineItems(line, x, baseline),
    keepWithNext: (i === 0 && n >= 2) || (i === n - 2 && n >= 3),
  }));
}

function flowParagraph(block: ParagraphBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const style = block.style ?? styles.body;
  const tag = ctx.struct.add(block.role ?? 'P', frame.parent);
  const lines = wrapRuns(tagRuns(block.runs, tag, ctx.struct), frame.width, ctx.measurer);
  const atoms = lineAtoms(lines, frame.x, style, ctx.measurer, block.spaceBefore ?? space.paragraph);
  if (atoms[0] && block.marks) atoms[0].marks = block.marks;
  return atoms;
}

const headingStyle = { 1: styles.docTitle, 2: styles.h2, 3: styles.h3, 4: styles.h4, 5: styles.h4, 6: styles.h4 } as const;
const headingSpace = { 1: 0, 2: space.beforeH2, 3: space.beforeH3, 4: space.beforeH4, 5: space.beforeH4, 6: space.beforeH4 } as const;

function flowHeading(block: HeadingBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const style = block.style ?? headingStyle[block.level];
  const tag = ctx.struct.add(`H${block.level}`, frame.parent);
  let runs = block.runs;
  let numberItems: Item[] = [];
  const baseline = baselineOf(style, ctx.measurer);
  if (block.number) {
    const [numberLine] = wrapRuns(tagRuns(block.number, tag, ctx.struct), Number.POSITIVE_INFINITY, ctx.measurer);
    // Numbers too wide for the gutter (long measure ids) move into the text column in front of the title.
    if (numberLine && numberLine.width <= gutter - 8) {
      numberItems = lineItems(numberLine, frame.x - gutter, baseline);
      // A drawn space after the number keeps "1 Title" apart in extracted and tagged text.
      const last = numberItems[numberItems.length - 1];
      if (last?.kind === 'text') last.text += ' ';
    } else runs = [...block.number, { ...block.number[block.number.length - 1]!, text: ' ' }, ...runs];
  }
  const lines = wrapRuns(tagRuns(runs, tag, ctx.struct), frame.width, ctx.measurer);
  const atoms = lineAtoms(lines, frame.x, style, ctx.measurer, block.spaceBefore ?? headingSpace[block.level]);
  for (const atom of atoms) atom.keepWithNext = true;
  const first = atoms[0];
  if (!first) return [];
  first.items.unshift(...numberItems);
  if (block.marks) first.marks = block.marks;
  if (block.kicker) {
    const kickerTag = ctx.struct.add('P', frame.parent);
    const kickerLines = wrapRuns(tagRuns(block.kicker, kickerTag, ctx.struct), frame.width, ctx.measurer);
    for (const atom of lineAtoms(kickerLines, frame.x, styles.kicker, ctx.measurer, 0.5)) atoms.push({ ...atom, keepWithNext: true });
  }
  return atoms;
}

const bullets = ['•', '–', '·'];

function flowList(block: ListBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const depth = frame.listDepth ?? 0;
  const listTag = ctx.struct.add('L', frame.parent);
  const markerStyle = styles.body.text;
  const labels = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : bullets[depth % bullets.length]!));
  const widest = Math.max(...labels.map((label) => ctx.measurer.width(label, markerStyle)));
  const indent = Math.max(14, Math.ceil(widest + 6));
  const atoms: Atom[] = [];
  block.items.forEach((item, i) => {
    const li = ctx.struct.add('LI', listTag);
    const lbl = ctx.struct.add('Lbl', li);
    const body = ctx.struct.add('LBody', li);
    const child: Frame = { x: frame.x + indent, width: frame.width - indent, parent: body, listDepth: depth + 1 };
    const itemAtoms = flowBlocks(item, child, ctx, 0);
    if (itemAtoms.length === 0) itemAtoms.push({ height: styles.body.leading, spaceBefore: 0, items: [] });
    const first = itemAtoms[0]!;
    first.spaceBefore = i === 0 ? space.paragraph : block.tight ? space.listItem : space.paragraph;
    const firstText = first.items.find((it) => it.kind === 'text');
    const baseline = firstText ? firstText.y : baselineOf(styles.body, ctx.measurer);
    const label = labels[i]!;
    const labelWidth = ctx.measurer.width(label, markerStyle);
    // Numbers align on their right edge, bullets on their left; both end before the item's text column.
    const x = block.ordered ? frame.x + indent - 5 - labelWidth : frame.x + 2;
    first.items.unshift({ kind: 'text', x, y: baseline, text: `${label} `, width: labelWidth, style: markerStyle, tag: lbl });
    atoms.push(...itemAtoms);
  });
  return atoms;
}

function flowQuote(block: QuoteBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const notice = block.variant === 'notice';
  const tag = ctx.struct.add(notice ? 'Div' : 'BlockQuote', frame.parent);
  const pad = notice ? 7 : 0;
  const indent = notice ? 14 : 13;
  const child: Frame = { x: frame.x + indent, width: frame.width - indent - pad, parent: tag };
  const atoms = flowBlocks(block.children, child, ctx, 0);
  const first = atoms[0];
  const last = atoms[atoms.length - 1];
  if (!first || !last) return [];
  first.spaceBefore = space.paragraph + (notice ? 4 : 0);
  if (pad > 0) {
    shiftAtom(first, pad);
    last.height += pad;
  }
  const barColor = notice ? colors.draft : colors.rule;
  const barWidth = notice ? 2 : 1.2;
  atoms.forEach((atom, i) => {
    const top = i === 0 ? 0 : -atom.spaceBefore;
    const decoration: Item[] = [];
    if (notice) decoration.push({ kind: 'rect', x: frame.x, y: top, w: frame.width, h: atom.height - top, color: colors.shade });
    decoration.push({
      kind: 'line',
      x1: frame.x + barWidth / 2,
      y1: top,
      x2: frame.x + barWidth / 2,
      y2: atom.height,
      width: barWidth,
      color: barColor,
    });
    atom.items.unshift(...decoration);
  });
  return atoms;
}

function shiftAtom(atom: Atom, dy: number): void {
  atom.height += dy;
  atom.items = atom.items.map((item) => {
    if (item.kind === 'line') return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    if (item.kind === 'watermark') return { ...item, cy: item.cy + dy };
    return { ...item, y: item.y + dy };
  });
}

function flowCode(block: CodeBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const style = styles.code;
  const tag = ctx.struct.add('Code', frame.parent);
  const pad = space.codePad;
  const available = frame.width - 2 * pad;
  const baseline = baselineOf(style, ctx.measurer);
  const lines: string[] = [];
  for (const source of block.text.replace(/\t/g, '    ').split('\n')) lines.push(...breakCodeLine(source, available, style, ctx.measurer));
  const atoms: Atom[] = lines.map((text, i) => {
    // A space after each line but the last keeps lines apart in extracted and tagged text.
    const { items } = placeText(
      i < lines.length - 1 && text !== '' ? `${text} ` : text,
      style.text,
      frame.x + pad,
      baseline,
      ctx.measurer,
      tag,
    );
    return { height: style.leading, spaceBefore: i === 0 ? space.paragraph : 0, items, keepWithNext: i === 0 && lines.length > 1 };
  });
  shiftAtom(atoms[0]!, pad);
  atoms[atoms.length - 1]!.height += pad;
  for (const atom of atoms) atom.items.unshift({ kind: 'rect', x: frame.x, y: 0, w: frame.width, h: atom.height, color: colors.shade });
  return atoms;
}

/** Code keeps its spaces; a line wider than the column breaks between characters, after a space if one is near. */
function breakCodeLine(source: string, width: number, style: BlockStyle, measurer: Measurer): string[] {
  const chars = [...source.replace(/\s+$/, '')];
  const widths = chars.map((char) => placeText(char, style.text, 0, 0, measurer).width);
  const out: string[] = [];
  let start = 0;
  while (start < chars.length || out.length === 0) {
    let end = start;
    let used = 0;
    while (end < chars.length && used + widths[end]! <= width) used += widths[end++]!;
    if (end === start && end < chars.length) end++;
    if (end < chars.length) {
      const lastSpace = chars.lastIndexOf(' ', end - 1);
      if (lastSpace > start + (end - start) / 2) end = lastSpace + 1;
    }
    out.push(chars.slice(start, end).join(''));
    start = end;
    if (start >= chars.length) break;
  }
  return out;
}

function ruleAtom(frame: Frame): Atom {
  const length = Math.min(frame.width / 4, 90);
  const x = frame.x + (frame.width - length) / 2;
  return {
    height: 12,
    spaceBefore: space.paragraph,
    items: [{ kind: 'line', x1: x, y1: 6, x2: x + length, y2: 6, width: 0.6, color: colors.rule }],
  };
}
