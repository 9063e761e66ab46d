import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PDFHexString, PDFName, type PDFDocument, PDFString } from 'pdf-lib';

/** Everything the file says about itself, outside the page content. */
export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** The document's language (/Lang): the first of a bilingual one. */
  language: string;
  /** The other language of a bilingual document, listed in the XMP dc:language bag. */
  otherLanguages?: string[];
  creator: string;
  producer: string;
  /** Creation and modification date: the build date, never the clock. */
  date: Date;
  /** Custom Info entries, read back by `npm run verify` (DocumentId, DocumentVersion, ContentHash, ...). */
  custom: Record<string, string>;
  /** Seed of the trailer /ID: the same content and version give the same ID. */
  idSeed: string;
}

/** Info keys with a standard meaning; custom keys must not collide with them. */
const reserved = new Set(['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped']);

/**
 * Writes the Info dictionary, the matching XMP packet (PDF/A-2b identification, Dublin Core title, creator and
 * description, dates), the sRGB output intent, language, DisplayDocTitle, the outline panel, and the trailer /ID.
 * Info and XMP carry the same values, as PDF/A requires.
 */
export function writeMetadata(doc: PDFDocument, meta: DocumentMetadata): void {
  const { context, catalog } = doc;
  const info = context.obj({
    Title: PDFHexString.fromText(meta.title),
    Author: PDFHexString.fromText(meta.author),
    Subject: PDFHexString.fromText(meta.subject),
    Keywords: PDFHexString.fromText(meta.keywords),
    Creator: PDFHexString.fromText(meta.creator),
    Producer: PDFHexString.fromText(meta.producer),
    CreationDate: PDFString.fromDate(meta.date),
    ModDate: PDFString.fromDate(meta.date),
  });
  for (const [key, value] of Object.entries(meta.custom)) {
    if (reserved.has(key)) throw new Error(`custom Info key ${key} collides with a standard key`);
    info.set(PDFName.of(key), PDFHexString.fromText(value));
  }
  context.trailerInfo.Info = context.register(info);

  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));

  const icc = context.flateStream(srgbProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));

  const id = createHash('sha256').update(meta.idSeed).digest('hex').slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

let profile: Uint8Array | undefined;
function srgbProfile(): Uint8Array {
  profile ??= readFileSync(new URL('../color/sRGB.icc', import.meta.url));
  return profile;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ISO 8601 with seconds and Z, the form XMP dates take (and equal to the Info dates to the second). */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function xmpPacket(meta: DocumentMetadata): string {
  const date = xmpDate(meta.date);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <pdfaid:part>2</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
      <dc:language><rdf:Bag>${[meta.language, ...(meta.otherLanguages ?? [])].map((language) => `<rdf:li>${escapeXml(language)}</rdf:li>`).join('')}</rdf:Bag></dc:language>
      <pdf:Keywords>${escapeXml(meta.keywords)}</pdf:Keywords>
      <pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>
      <xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>
      <xmp:CreateDate>${date}</xmp:CreateDate>
      <xmp:ModifyDate>${date}</xmp:ModifyDate>
      <xmp:MetadataDate>${date}</xmp:MetadataDate>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}
