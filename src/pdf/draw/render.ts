import { PDFDocument } from 'pdf-lib';
import { page as geometry } from '../layout/theme.ts';
import type { LaidDocument, Mark } from '../layout/types.ts';
import { type FieldArea, writeSignatureFields } from './fields.ts';
import { embedFonts } from './fonts.ts';
import { type Anchors, writeLinks } from './links.ts';
import { type DocumentMetadata, writeMetadata } from './metadata.ts';
import { type OutlineEntry, writeOutline } from './outline.ts';
import { drawPage, type LinkArea } from './page.ts';
import { createTagger } from './tags.ts';

export interface DrawInput {
  laid: LaidDocument;
  meta: DocumentMetadata;
  /** Seed of the font subset names (the content hash): stable names, stable bytes. */
  fontSeed: string;
  /** Last changes before saving: the signer adds its signature placeholder here. */
  beforeSave?: (doc: PDFDocument) => void;
}

/**
 * The one place pdf-lib draws: laid-out pages to PDF bytes, with fonts, tags, links, outline and metadata.
 * Nothing here reads the clock or the environment, so the same input always gives the same bytes.
 */
export async function drawDocument(input: DrawInput): Promise<Uint8Array> {
  const { laid } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const used = new Set(laid.pages.flatMap((p) => p.items.flatMap((item) => (item.kind === 'text' ? [item.style.font] : []))));
  const fonts = await embedFonts(doc, input.fontSeed, used);
  const tagger = createTagger(laid.struct);
  const pages = laid.pages.map(() => doc.addPage([geometry.width, geometry.height]));
  const links: LinkArea[][] = [];
  const anchors: Anchors = new Map();
  const outline: OutlineEntry[] = [];
  const fields: FieldArea[] = [];

  laid.pages.forEach((laidPage, p) => {
    links.push(drawPage(pages[p]!, p, laidPage, fonts, laid.struct, tagger));
    for (const { mark, y } of laidPage.marks) {
      const top = geometry.height - y;
      if (mark.kind === 'anchor') anchors.set(mark.id, { page: p, y: top });
      else if (mark.kind === 'outline') outline.push({ title: mark.title, level: mark.level, page: p, y: top });
      else fields.push({ page: p, rect: fieldRect(mark, top), name: mark.name, tooltip: mark.tooltip, tag: mark.tag });
    }
  });
  writeLinks(pages, links, anchors, tagger);
  writeSignatureFields(doc, pages, fields, tagger);
  writeOutline(doc, pages, outline);
  tagger.finish(doc.context, doc.catalog, pages);
  writeMetadata(doc, input.meta);
  input.beforeSave?.(doc);
  return doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
}

/** A field mark's box in PDF coordinates, rounded to 1/1000 pt like everything else drawn. */
function fieldRect(mark: Extract<Mark, { kind: 'field' }>, top: number): [number, number, number, number] {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return [r(mark.x), r(top - mark.dy - mark.height), r(mark.x + mark.width), r(top - mark.dy)];
}
