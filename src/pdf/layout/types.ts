/**
 * The vocabulary of the pure layout engine. Content becomes `Block`s, blocks become `Atom`s (unbreakable
 * vertical boxes with measured heights), atoms are paginated into `LaidPage`s of positioned `Item`s, and only
 * then does the drawing layer touch pdf-lib. Coordinates are PDF points measured from the top-left corner of the
 * page (y grows downwards); the drawing layer flips them.
 */

/**
 * The embedded faces. Each maps to one TrueType file in `src/pdf/fonts/`. `math` (Noto Sans Math) and `symbols`
 * (DejaVu Sans, wide coverage) are fallbacks for characters the text faces lack (arrows, ≥, ≠, −, ✓): layout
 * switches to them character by character.
 */
export type FontKey = 'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold' | 'mono' | 'math' | 'symbols';

export const fontKeys: readonly FontKey[] = [
  'serif',
  'serifBold',
  'serifItalic',
  'serifBoldItalic',
  'sans',
  'sansBold',
  'mono',
  'math',
  'symbols',
];

/** Faces tried, in order, for a character the run's own face has no glyph for. */
export const fallbackFaces: readonly FontKey[] = ['math', 'symbols'];

/** An RGB colour, each channel 0..1. */
export type Rgb = readonly [number, number, number];

export interface TextStyle {
  font: FontKey;
  size: number;
  color: Rgb;
  /** Drawn with a line through it (mdast `delete`, and deleted text in a redline). */
  strike?: boolean;
  /** Drawn with a line under it (inserted text in a redline). */
  underline?: boolean;
}

/** Where a link goes: an external URI or an anchor elsewhere in the same document. */
export type LinkTarget = { uri: string } | { anchor: string };

/**
 * A stretch of inline text in one style. `text` may contain "\n" for a hard line break. `tag` names the
 * structure element the text belongs to when it differs from its block's (a link, inline code).
 */
export interface Run {
  text: string;
  style: TextStyle;
  link?: LinkTarget;
  tag?: number;
}

/** A positioned thing to draw. `tag` is the structure element it is content of; without one it is an artifact. */
export type Item =
  | {
      kind: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      width: number;
      style: TextStyle;
      link?: LinkTarget;
      tag?: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: Rgb }
  /** Large diagonal text drawn as outlines, so that text extraction never sees it (the DRAFT watermark). */
  | { kind: 'watermark'; text: string; cx: number; cy: number; size: number; angle: number; color: Rgb };

/** Something the drawing layer must know the position of: a bookmark or a link target. */
export type Mark =
  | { kind: 'outline'; title: string; level: number }
  | { kind: 'anchor'; id: string }
  /** An empty signature form field: its box, offset `dy` below the atom's top, and its structure element. */
  | { kind: 'field'; name: string; tooltip: string; x: number; dy: number; width: number; height: number; tag: number };

/**
 * An unbreakable vertical box: a line of text, a table row, a rule. Item y values are relative to the atom's top.
 * `spaceBefore` is dropped when the atom starts a page.
 */
export interface Atom {
  height: number;
  spaceBefore: number;
  items: Item[];
  /** Never let a page end after this atom (headings, a paragraph's first line, a table header). */
  keepWithNext?: boolean;
  /** Start a new page before this atom. */
  breakBefore?: boolean;
  marks?: Mark[];
  /** Table membership, so a table continued on a new page repeats its header rows. */
  table?: { id: number; header: Atom[]; isHeader: boolean };
  /**
   * Splits an atom taller than a page into a part no taller than `available` and the rest; absent for atoms that
   * never need it (a single line of text).
   */
  split?: (available: number) => [Atom, Atom] | undefined;
}

export interface LaidPage {
  items: Item[];
  marks: { mark: Mark; y: number }[];
}

/** The layout of one document: pages plus the structure tree the tagged PDF is built from. */
export interface LaidDocument {
  pages: LaidPage[];
  struct: StructNode[];
}

/** One node of the logical structure (PDF/UA tags): `Document`, `H2`, `P`, `L`, `LI`, `Table`, `TD`, `Link` ... */
export interface StructNode {
  role: string;
  /** Index of the parent node; -1 for the root. */
  parent: number;
  /** Table header scope, for `TH`. */
  scope?: 'Column' | 'Row';
  /** Replacement text, such as the expansion of an abbreviation. */
  alt?: string;
  /** Language of the element's text when it differs from the document's (/Lang): the other language of a bilingual annex. */
  lang?: string;
}
