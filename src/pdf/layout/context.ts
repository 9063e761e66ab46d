import { withFallbackFaces } from './fallback.ts';
import type { Measurer } from './measure.ts';
import type { StructBuilder } from './struct.ts';
import type { BlockStyle } from './theme.ts';
import type { Item, LinkTarget, Run, TextStyle } from './types.ts';
import type { Line } from './wrap.ts';

/** What every flow function shares: measuring, the structure tree being built, and table numbering. */
export interface FlowContext {
  measurer: Measurer;
  struct: StructBuilder;
  /** Source of table ids, unique within a document. */
  tables: { next: number };
}

/** Where blocks are set: the left edge and width of the column, and the structure element they belong to. */
export interface Frame {
  x: number;
  width: number;
  parent: number;
  listDepth?: number;
}

/** Baseline offset of a line set in `style`, centring the face's ascent and descent in the leading. */
export function baselineOf(style: BlockStyle, measurer: Measurer): number {
  const ascent = measurer.ascent(style.text.font, style.text.size);
  const descent = measurer.descent(style.text.font, style.text.size);
  return (style.leading - ascent - descent) / 2 + ascent;
}

/**
 * Gives each run the structure element it is content of: its block's, or a `Link` (one per link, shared by the
 * runs inside it) or `Code` element under the block.
 */
export function tagRuns(runs: readonly Run[], parent: number, struct: StructBuilder): Run[] {
  const links = new Map<LinkTarget, number>();
  return runs.map((run) => {
    if (run.link) {
      let tag = links.get(run.link);
      if (tag === undefined) {
        tag = struct.add('Link', parent);
        links.set(run.link, tag);
      }
      return { ...run, tag };
    }
    if (run.style.font === 'mono') return { ...run, tag: struct.add('Code', parent) };
    return { ...run, tag: parent };
  });
}

export function lineItems(line: Line, x: number, baseline: number): Item[] {
  return line.fragments.map((f) => ({
    kind: 'text' as const,
    x: x + f.x,
    y: baseline,
    text: f.text,
    width: f.width,
    style: f.run.style,
    ...(f.run.link ? { link: f.run.link } : {}),
    ...(f.run.tag !== undefined ? { tag: f.run.tag } : {}),
  }));
}

/**
 * Text set on one line without wrapping (running heads, code lines), as items: split where the face lacks a
 * glyph, like wrapped text. Returns the items and their total width.
 */
export function placeText(
  text: string,
  style: TextStyle,
  x: number,
  baseline: number,
  measurer: Measurer,
  tag?: number,
): { items: Item[]; width: number } {
  const items: Item[] = [];
  let width = 0;
  for (const run of withFallbackFaces([{ text, style }], measurer)) {
    if (run.text === '') continue;
    const w = measurer.width(run.text, run.style);
    items.push({
      kind: 'text',
      x: x + width,
      y: baseline,
      text: run.text,
      width: w,
      style: run.style,
      ...(tag !== undefined ? { tag } : {}),
    });
    width += w;
  }
  return { items, width };
}
