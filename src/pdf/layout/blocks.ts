import type { BlockStyle } from './theme.ts';
import type { Mark, Run } from './types.ts';

/**
 * Block-level content, independent of pages: what the content modules produce from a `DocumentContent` and what
 * `flow` turns into atoms. Runs here carry no structure tags yet; flow assigns them.
 */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | CodeBlock
  | TableBlock
  | SectionBlock
  | SignatureBoxBlock
  | { type: 'rule' }
  | { type: 'pageBreak' };

export interface HeadingBlock {
  type: 'heading';
  /** Structure level: H1 is the document title, H2 a section, H3 a measure or party, H4-H6 inside a measure body. */
  level: 1 | 2 | 3 | 4 | 5 | 6;
  runs: Run[];
  /** Section number or measure id, set in the gutter to the left of the text column. */
  number?: Run[];
  /** A small line under the heading, such as "Technical measure". */
  kicker?: Run[];
  marks?: Mark[];
  style?: BlockStyle;
  /** Space above, when it differs from the level's default. */
  spaceBefore?: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  style?: BlockStyle;
  /** Structure role, `P` unless said otherwise. */
  role?: string;
  spaceBefore?: number;
  marks?: Mark[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  /** Tight lists set items close together; loose (spread) lists space them like paragraphs. */
  tight: boolean;
  items: Block[][];
}

export interface QuoteBlock {
  type: 'quote';
  /** `notice` is the shaded box that flags a draft and the facts it still lacks. */
  variant: 'quote' | 'notice';
  children: Block[];
}

export interface CodeBlock {
  type: 'code';
  text: string;
}

export type Align = 'left' | 'right' | 'center';

export interface TableBlock {
  type: 'table';
  /** `grid` has a header row and rules; `fields` is a label/value list set as a two-column table. */
  variant: 'grid' | 'fields';
  /** Fixed column widths in points; columns left undefined share the rest by their content. */
  widths?: (number | undefined)[];
  align?: Align[];
  header?: Run[][];
  rows: Run[][][];
  /** Span the whole text area instead of the text column (the wide control-mapping table). */
  wide?: boolean;
  style?: BlockStyle;
  headStyle?: BlockStyle;
}

/** A group of blocks that forms one structure element (`Sect`, `Part`), such as a category or a measure. */
export interface SectionBlock {
  type: 'section';
  role: string;
  children: Block[];
  /** Never break a page inside it, unless it is taller than a page (one party's signature block). */
  keepTogether?: boolean;
}

/**
 * Room to sign: a label in the label column of a `fields` table above it, a shaded box in the value column, and a
 * caption under the box. With `field`, an empty signature form field is placed over the box, for a PAdES tool.
 */
export interface SignatureBoxBlock {
  type: 'signatureBox';
  label: Run[];
  /** Width of the label column, as in the `fields` table the box continues. */
  labelWidth: number;
  /** Height of the box in points. */
  height: number;
  caption: Run[];
  field?: { name: string; tooltip: string };
}
