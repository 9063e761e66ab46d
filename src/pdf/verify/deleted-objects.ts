import { PDFContext, PDFObjectParser, PDFRawStream, PDFXRefStreamParser } from 'pdf-lib';

/**
 * Object numbers an incremental update marks free in its cross-reference section (a classic `xref` table or an
 * xref stream). pdf-lib ignores free entries when it reads a file, but viewers honour them: freeing a page's
 * content stream blanks the page without changing any object, so the change check must look for them.
 */
export function deletedObjects(section: Uint8Array): number[] {
  const text = Buffer.from(section.buffer, section.byteOffset, section.length).toString('latin1');
  const out: number[] = [];
  for (const table of text.matchAll(/\bxref\s*\r?\n([\s\S]*?)\btrailer\b/g)) {
    let next = 0;
    for (const line of table[1]!.split(/\r\n|\r|\n/)) {
      const header = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
      if (header) {
        next = Number(header[1]);
        continue;
      }
      const entry = /^(\d{10}) (\d{5}) ([fn])/.exec(line);
      if (!entry) continue;
      if (entry[3] === 'f' && next !== 0) out.push(next);
      next++;
    }
  }
  // The lookbehind keeps this linear: a signature's long run of hex digits is tried once, not from every digit.
  for (const header of text.matchAll(/(?<!\d)\d+\s+\d+\s+obj\b/g)) {
    const tail = text.slice(header.index, header.index + 400);
    if (!/\/Type\s*\/XRef\b/.test(tail)) continue;
    try {
      const parsed = PDFObjectParser.forBytes(section.subarray(header.index + header[0].length), PDFContext.create()).parseObject();
      if (!(parsed instanceof PDFRawStream)) continue;
      for (const entry of PDFXRefStreamParser.forStream(parsed).parseIntoContext())
        if (entry.deleted && entry.ref.objectNumber !== 0) out.push(entry.ref.objectNumber);
    } catch {
      // An unreadable xref stream: readers reject it too; the change check sees the objects as they parse.
    }
  }
  return out;
}
