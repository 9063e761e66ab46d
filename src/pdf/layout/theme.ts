import type { FontKey, Rgb, TextStyle } from './types.ts';

/**
 * The typography of every annex, in one place. A4, generous margins, a serif text face at a comfortable measure,
 * a sober sans for structure, and a narrow gutter to the left of the text column that holds clause numbers and
 * measure ids, as contracts traditionally set them. Colour is used sparingly: near-black text, one dark blue for
 * ids and links, grey for rules and running heads, red only for DRAFT and for facts still missing.
 */

export const page = {
  width: 595.28,
  height: 841.89,
  marginLeft: 72,
  marginRight: 72,
  /** Top of the text area; the running header sits above it. */
  top: 82,
  /** Bottom of the text area; the footer sits below it. */
  bottom: 841.89 - 78,
  headerBaseline: 50,
  footerBaseline: 841.89 - 44,
};

export const textWidth = page.width - page.marginLeft - page.marginRight;

/** Width of the gutter holding section numbers and measure ids; the text column starts after it. */
export const gutter = 54;

export const colors = {
  ink: [0.1, 0.11, 0.12] as Rgb,
  muted: [0.4, 0.42, 0.45] as Rgb,
  rule: [0.72, 0.74, 0.77] as Rgb,
  hairline: [0.85, 0.86, 0.88] as Rgb,
  accent: [0.07, 0.2, 0.38] as Rgb,
  shade: [0.955, 0.96, 0.967] as Rgb,
  draft: [0.66, 0.11, 0.1] as Rgb,
  watermark: [0.97, 0.88, 0.87] as Rgb,
};

const style = (font: FontKey, size: number, color: Rgb = colors.ink): TextStyle => ({ font, size, color });

/** Text styles with the leading (baseline-to-baseline distance) each is set on. */
export const styles = {
  body: { text: style('serif', 10), leading: 14.6 },
  small: { text: style('serif', 8.6), leading: 12 },
  label: { text: style('sansBold', 7.4, colors.accent), leading: 11 },
  docTitle: { text: style('serif', 19.5), leading: 25 },
  preamble: { text: style('serifItalic', 10.5, colors.ink), leading: 15.5 },
  h2: { text: style('sansBold', 11), leading: 15.5 },
  h3: { text: style('sansBold', 9.8), leading: 14 },
  h4: { text: style('sansBold', 9), leading: 13.5 },
  kicker: { text: style('sans', 7.4, colors.muted), leading: 11 },
  note: { text: style('serifItalic', 9.4, colors.muted), leading: 13.5 },
  code: { text: style('mono', 8.2), leading: 11.6 },
  table: { text: style('serif', 8.8), leading: 12.2 },
  tableHead: { text: style('sansBold', 7.6, colors.ink), leading: 11 },
  meta: { text: style('sans', 8.2), leading: 12 },
  value: { text: style('serif', 9.2), leading: 13.2 },
  metaLabel: { text: style('sans', 8.2, colors.muted), leading: 12 },
  running: { text: style('sans', 7.2, colors.muted), leading: 10 },
};

export type BlockStyle = (typeof styles)[keyof typeof styles];

/** Vertical rhythm, in points. */
export const space = {
  paragraph: 6.5,
  listItem: 3,
  beforeH2: 22,
  beforeH3: 15,
  beforeH4: 9,
  afterHeading: 4,
  table: 8,
  cellPadX: 5,
  cellPadY: 3.4,
  codePad: 5,
};

/** Inline code is set a little smaller than the text around it, so the monospace face does not shout. */
export const codeScale = 0.88;

/** The gap printed where a fact is marked unknown. */
export const unknownStyle = (base: TextStyle): TextStyle => ({ ...base, font: italicOf(base.font), color: colors.draft });

export function boldOf(font: FontKey): FontKey {
  if (font === 'serif') return 'serifBold';
  if (font === 'serifItalic') return 'serifBoldItalic';
  if (font === 'sans') return 'sansBold';
  return font;
}

export function italicOf(font: FontKey): FontKey {
  if (font === 'serif') return 'serifItalic';
  if (font === 'serifBold') return 'serifBoldItalic';
  // Noto Sans italic is not embedded: the sans face only sets labels and headings, where emphasis stays upright.
  return font;
}
