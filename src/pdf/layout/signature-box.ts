import type { SignatureBoxBlock } from './blocks.ts';
import { baselineOf, type FlowContext, type Frame, placeText } from './context.ts';
import { colors, space, styles } from './theme.ts';
import type { Atom, Item, Mark } from './types.ts';

/** The widest a signature box gets: room for a handwritten signature or a PAdES tool's appearance. */
const MAX_BOX_WIDTH = 230;

/**
 * One atom: the label where a `fields` table sets its labels, a shaded box with a signing line in the value
 * column, and the caption under it, closed by the table's row rule. The box carries a `field` mark when the
 * drawing layer is to place an empty signature field over it; the field is the `Form` element in the tags.
 */
export function flowSignatureBox(block: SignatureBoxBlock, frame: Frame, ctx: FlowContext): Atom[] {
  const label = ctx.struct.add('P', frame.parent);
  const labelStyle = styles.metaLabel;
  const left = frame.x + block.labelWidth + space.cellPadX;
  const width = Math.min(MAX_BOX_WIDTH, frame.x + frame.width - space.cellPadX - left);
  const top = space.cellPadY;
  const items: Item[] = [];
  for (const run of block.label)
    items.push(
      ...placeText(run.text, run.style, frame.x + space.cellPadX, top + baselineOf(labelStyle, ctx.measurer), ctx.measurer, label).items,
    );
  items.push({ kind: 'rect', x: left, y: top, w: width, h: block.height, color: colors.shade });
  items.push({
    kind: 'line',
    x1: left + 8,
    y1: top + block.height - 8,
    x2: left + width - 8,
    y2: top + block.height - 8,
    width: 0.5,
    color: colors.muted,
  });
  const caption = ctx.struct.add('P', frame.parent);
  const captionTop = top + block.height + 2;
  let x = left;
  for (const run of block.caption) {
    const placed = placeText(run.text, run.style, x, captionTop + baselineOf(styles.kicker, ctx.measurer), ctx.measurer, caption);
    items.push(...placed.items);
    x += placed.width;
  }
  const height = captionTop + styles.kicker.leading + space.cellPadY;
  items.push({ kind: 'line', x1: frame.x, y1: height, x2: frame.x + frame.width, y2: height, width: 0.4, color: colors.rule });
  const marks: Mark[] = [];
  if (block.field) {
    const tag = ctx.struct.add('Form', frame.parent, { alt: block.field.tooltip });
    marks.push({ kind: 'field', ...block.field, x: left, dy: top, width, height: block.height, tag });
  }
  return [{ height, spaceBefore: 0, items, ...(marks.length ? { marks } : {}) }];
}
