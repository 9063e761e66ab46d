import type { DocumentContent } from '../../documents/types.ts';
import type { Block } from './blocks.ts';
import { chromeItems } from './chrome.ts';
import type { FlowContext } from './context.ts';
import { annexIBlocks } from './content/annex-i.ts';
import { annexIIBlocks } from './content/annex-ii.ts';
import { annexIIIBlocks } from './content/annex-iii.ts';
import { historyBlocks, titleBlocks } from './content/front.ts';
import { signatureBlocks } from './content/signatures.ts';
import { flowBlocks } from './flow.ts';
import { type Measurer, MissingGlyphError } from './measure.ts';
import { paginate } from './paginate.ts';
import { createStructBuilder, ROOT } from './struct.ts';
import { gutter, page, textWidth } from './theme.ts';
import type { LaidDocument } from './types.ts';

/** The body blocks of a document, by kind. */
function contentBlocks(doc: DocumentContent): Block[] {
  switch (doc.body.kind) {
    case 'annex-i':
      return annexIBlocks(doc.body, doc.numbering);
    case 'annex-ii':
      return annexIIBlocks(doc.body);
    case 'annex-iii':
      return annexIIIBlocks(doc.body);
  }
}

/** The running header's words: label and title, such as "Annex II · Technical and organisational measures". */
function runningTitle(doc: DocumentContent): string {
  return `${doc.label} · ${doc.title.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Lays out a whole document: title block across the full text width, the body in the text column beside the
 * gutter, pages, and page furniture. Pure: the same content and measurer give the same pages.
 */
export function layoutDocument(doc: DocumentContent, measurer: Measurer): LaidDocument {
  const struct = createStructBuilder();
  const ctx: FlowContext = { measurer, struct, tables: { next: 0 } };
  try {
    const full = { x: page.marginLeft, width: textWidth, parent: ROOT };
    const column = { x: page.marginLeft + gutter, width: textWidth - gutter, parent: ROOT };
    const atoms = [
      ...flowBlocks(titleBlocks(doc), full, ctx, 0),
      ...flowBlocks([...contentBlocks(doc), ...historyBlocks(doc), ...signatureBlocks(doc)], column, ctx),
    ];
    const pages = paginate(atoms, { top: page.top, bottom: page.bottom });
    const info = {
      running: runningTitle(doc),
      organisation: doc.organisation.name,
      version: doc.version,
      draft: doc.status === 'draft',
      hash: doc.hash,
    };
    pages.forEach((laid, index) => {
      const chrome = chromeItems(info, index, pages.length, measurer);
      laid.items = [...laid.items, ...chrome];
    });
    return { pages, struct: struct.nodes };
  } catch (error) {
    // Say which document: the character alone does not tell the author where to look.
    if (error instanceof MissingGlyphError) error.message = `${doc.id}: ${error.message}`;
    throw error;
  }
}
