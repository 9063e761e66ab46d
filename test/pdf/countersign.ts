import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { cadesDetachedSignature } from '../../src/pdf/sign/cms.ts';
import type { DocumentSigner } from '../../src/pdf/sign/signer.ts';

/** Objects for an incremental update: new or replaced objects as PDF source text, and object numbers to free. */
export interface UpdateContent {
  objects: [PDFRef, string][];
  free?: number[];
}

/** The trailer's /Size: the first free object number (pdf-lib never lists object and xref streams). */
export const nextObjectNumber = (pdf: Uint8Array) =>
  Number(
    [
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/Size\s+(\d+)/g),
    ].at(-1)![1],
  );

/**
 * Appends an incremental update, as PDF tools do to change a signed file without rewriting it: the objects, a
 * classic xref section for them (and free entries), and a trailer with /Prev and the file's /Root, /Info, /ID.
 */
export async function appendIncrementalUpdate(pdf: Uint8Array, update: UpdateContent): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const base = Buffer.from(pdf);
  const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(base.toString('latin1'))![1]);
  let body = '\n';
  const entries: [number, string][] = [];
  for (const [ref, text] of update.objects) {
    entries.push([
      ref.objectNumber,
      `${String(base.length + body.length).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n `,
    ]);
    body += `${ref.objectNumber} ${ref.generationNumber} obj\n${text}\nendobj\n`;
  }
  for (const number of update.free ?? []) entries.push([number, '0000000000 00001 f ']);
  const xrefAt = base.length + body.length;
  body += 'xref\n';
  for (const [number, entry] of entries.sort((a, b) => a[0] - b[0])) body += `${number} 1\n${entry}\n`;
  const { Root, Info, ID } = doc.context.trailerInfo;
  const size = Math.max(nextObjectNumber(pdf) - 1, ...entries.map(([number]) => number)) + 1;
  body += `trailer\n<< /Size ${size} /Root ${Root} ${Info ? `/Info ${Info} ` : ''}${ID ? `/ID ${ID} ` : ''}/Prev ${prevXref} >>\n`;
  body += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(body, 'latin1')]);
}

/**
 * What a customer's PAdES tool does to countersign: an incremental update (never a rewrite, which would break
 * the first signature) holding a new signature dictionary and the named empty signature field with /V pointing at
 * it, then the byte range and CMS filled in like any signer does. `extra` smuggles more into the same update.
 */
export async function countersign(
  pdf: Uint8Array,
  options: {
    field: string;
    signer: DocumentSigner;
    signingTime: Date;
    reason: string;
    /** More for the same update; `next` is the first free object number after the signature's. */
    extra?: (doc: PDFDocument, next: number) => UpdateContent;
  },
): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const fieldRef = fields.asArray().find((ref) => {
    const name = doc.context.lookup(ref, PDFDict).lookup(PDFName.of('T'));
    return (name instanceof PDFHexString || name instanceof PDFString) && name.decodeText() === options.field;
  });
  if (!(fieldRef instanceof PDFRef)) throw new Error(`no field named ${options.field}`);
  const sigNumber = nextObjectNumber(pdf);
  const field = doc.context.lookup(fieldRef, PDFDict).clone(doc.context);
  field.set(PDFName.of('V'), PDFRef.of(sigNumber));

  const contentsLength = 16 * 1024;
  const placeholder = '[0 0000000000 0000000000 0000000000]';
  const sigDict =
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange ${placeholder} ` +
    `/Contents <${'0'.repeat(contentsLength * 2)}> /Reason ${PDFHexString.fromText(options.reason)} ` +
    `/M ${PDFString.fromDate(options.signingTime)} >>`;
  const extra = options.extra?.(doc, sigNumber + 1) ?? { objects: [] };
  const file = await appendIncrementalUpdate(pdf, {
    objects: [[fieldRef, field.toString()], [PDFRef.of(sigNumber), sigDict], ...extra.objects],
    ...(extra.free ? { free: extra.free } : {}),
  });

  // Fill the byte range and the signature value the way any signer does: everything but the hex string.
  const text = file.toString('latin1');
  const rangeAt = text.lastIndexOf(placeholder);
  const holeStart = text.indexOf('/Contents <', rangeAt) + '/Contents '.length;
  const holeEnd = holeStart + contentsLength * 2 + 2;
  file.write(`[0 ${holeStart} ${holeEnd} ${file.length - holeEnd}]`.padEnd(placeholder.length, ' '), rangeAt, 'latin1');
  const cms = await cadesDetachedSignature(Buffer.concat([file.subarray(0, holeStart), file.subarray(holeEnd)]), options.signer.key);
  file.write(cms.toString('hex'), holeStart + 1, 'latin1');
  return file;
}
