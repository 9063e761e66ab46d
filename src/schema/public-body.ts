/**
 * The public form of a measure body: a tree shaped like mdast but restricted to a closed set of node types, with
 * source positions removed and the project's components resolved. It is all the site and PDF renderers ever see,
 * so each renderer handles every node it can meet, and nothing a pull request writes reaches an output as code.
 */

/** An inline citation of a public evidence item (`<EvidenceRef id="..." />` in the source). */
export interface EvidenceRefNode {
  type: 'evidenceRef';
  /** Evidence id. */
  id: string;
  /** Public title of the evidence. */
  title: string;
  /** Public URL of the evidence, when it has one. */
  url?: string;
}

export type PublicInline =
  | { type: 'text'; value: string }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  | { type: 'emphasis' | 'strong' | 'delete'; children: PublicInline[] }
  /** Only http(s), mailto and relative URLs survive. */
  | { type: 'link'; url: string; children: PublicInline[] }
  | EvidenceRefNode;

export interface PublicListItem {
  type: 'listItem';
  children: PublicBlock[];
}

export interface PublicTableCell {
  type: 'tableCell';
  children: PublicInline[];
}

export interface PublicTableRow {
  type: 'tableRow';
  children: PublicTableCell[];
}

export type PublicBlock =
  | { type: 'paragraph'; children: PublicInline[] }
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; children: PublicInline[] }
  | { type: 'list'; ordered: boolean; start: number | null; children: PublicListItem[] }
  | { type: 'blockquote'; children: PublicBlock[] }
  | { type: 'code'; value: string; lang: string | null }
  | { type: 'thematicBreak' }
  /** The first row is the header row (GFM tables always have one). */
  | { type: 'table'; align: ('left' | 'right' | 'center' | null)[]; children: PublicTableRow[] };

export interface PublicBody {
  type: 'root';
  children: PublicBlock[];
}

export type PublicNode = PublicBody | PublicBlock | PublicInline | PublicListItem | PublicTableRow | PublicTableCell;
