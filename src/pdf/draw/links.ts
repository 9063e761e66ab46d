import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFPage, PDFString } from 'pdf-lib';
import type { LinkArea } from './page.ts';
import type { Tagger } from './tags.ts';

/** A place a link can go to: page index and y in PDF coordinates. */
export type Anchors = Map<string, { page: number; y: number }>;

/** URIs in a PDF are 7-bit ASCII: anything else is percent-encoded. */
const asciiUri = (uri: string) => uri.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));

/**
 * Adds link annotations for the areas found while drawing: URI actions for web and mail links, GoTo
 * destinations for links within the document. Each is tagged as content of its `Link` structure element and
 * carries the link text as /Contents, as PDF/UA asks. Internal links to anchors that do not exist are dropped
 * (the text still prints).
 */
export function writeLinks(pages: PDFPage[], areas: LinkArea[][], anchors: Anchors, tagger: Tagger): void {
  areas.forEach((list, p) => {
    const page = pages[p]!;
    const { context } = page.doc;
    for (const area of list) {
      let action;
      if ('uri' in area.target) {
        action = { A: context.obj({ S: 'URI', URI: PDFString.of(asciiUri(area.target.uri)) }) };
      } else {
        const anchor = anchors.get(area.target.anchor);
        if (!anchor) continue;
        action = { Dest: [pages[anchor.page]!.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(anchor.y)), PDFNull] };
      }
      const annot = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: area.rect,
        Border: [0, 0, 0],
        F: 4,
        Contents: PDFHexString.fromText(area.text.trim()),
        ...action,
      });
      const ref = context.register(annot);
      if (area.tag !== undefined) annot.set(PDFName.of('StructParent'), PDFNumber.of(tagger.annotation(p, area.tag, ref, pages.length)));
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? context.obj([]);
      annots.push(ref);
      page.node.set(PDFName.of('Annots'), annots);
    }
  });
}
