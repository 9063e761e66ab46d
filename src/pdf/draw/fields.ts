import { PDFArray, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import type { Tagger } from './tags.ts';

/** An empty signature field found while drawing, in PDF coordinates (origin bottom-left). */
export interface FieldArea {
  page: number;
  rect: [number, number, number, number];
  name: string;
  tooltip: string;
  tag: number;
}

/**
 * Writes the empty signature fields of the signature block: one merged field and widget each (/FT /Sig, no /V),
 * with an empty appearance the size of its box (PDF/A wants every widget to have one), tagged as the content of
 * its `Form` structure element, and listed in the AcroForm. A signing tool fills /V in an incremental update,
 * which the certification signature's DocMDP /P 2 permits.
 */
export function writeSignatureFields(doc: PDFDocument, pages: PDFPage[], fields: FieldArea[], tagger: Tagger): void {
  if (fields.length === 0) return;
  const { context } = doc;
  const refs = fields.map((field) => {
    const page = pages[field.page]!;
    const [x1, y1, x2, y2] = field.rect;
    const appearance = context.register(context.formXObject([], { BBox: [0, 0, x2 - x1, y2 - y1], Resources: {} }));
    const widget = context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFHexString.fromText(field.name),
      TU: PDFHexString.fromText(field.tooltip),
      Rect: field.rect,
      F: 4,
      P: page.ref,
      AP: { N: appearance },
    });
    const ref = context.register(widget);
    widget.set(PDFName.of('StructParent'), PDFNumber.of(tagger.annotation(field.page, field.tag, ref, pages.length)));
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? context.obj([]);
    annots.push(ref);
    page.node.set(PDFName.of('Annots'), annots);
    return ref;
  });
  doc.catalog.set(PDFName.of('AcroForm'), context.register(context.obj({ Fields: refs })));
}
