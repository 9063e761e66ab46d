import { PDFArray, PDFDict, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, type PDFDocument, PDFString } from 'pdf-lib';

export interface PlaceholderSpec {
  /** Why the document is signed; drafts say "DRAFT – not for execution". */
  reason: string;
  /** Signer's name (the certificate's common name). */
  name: string;
  /** Claimed signing time, written to /M: the build date, so signed output is reproducible. */
  signingTime: Date;
  /** Bytes reserved for the CMS signature (the hex string in the file is twice as long). */
  signatureLength: number;
  /** Accessible name of the signature field. */
  fieldName: string;
}

/** The ByteRange placeholder @signpdf/signpdf looks for and fills in. */
const BYTE_RANGE_PLACEHOLDER = '**********';

/**
 * Adds an empty PAdES signature (SubFilter ETSI.CAdES.detached) to the document before it is saved:
 * a signature dictionary with a zero-filled /Contents and a placeholder /ByteRange, an invisible signature field
 * on the first page, and the AcroForm with SigFlags 3 (signatures exist, append only). Any empty signature fields
 * the document already has (the customer's, from the signature block) stay in the form beside it.
 *
 * The signature is a certification signature (DocMDP, /P 2): the document may afterwards only be filled in and
 * signed, so the customer can countersign in an empty field without invalidating it. Below PDF 2.0 a CAdES
 * signature is announced with the ESIC developer extension, level 2 (ETSI EN 319 142-1).
 *
 * Modelled on @signpdf/placeholder-pdf-lib 3.3.0, which writes /Reason and /Name as byte strings: "DRAFT – not
 * for execution" would lose its dash. Here text strings are UTF-16, as the PDF specification wants them.
 */
export function addSignaturePlaceholder(doc: PDFDocument, spec: PlaceholderSpec): void {
  const { context } = doc;
  const page = doc.getPage(0);
  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER));

  const docMdp = context.obj({
    Type: 'SigRef',
    TransformMethod: 'DocMDP',
    TransformParams: { Type: 'TransformParams', P: 2, V: PDFName.of('1.2') },
  });
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(spec.signatureLength * 2)),
    Reference: [docMdp],
    Reason: PDFHexString.fromText(spec.reason),
    Name: PDFHexString.fromText(spec.name),
    M: PDFString.fromDate(spec.signingTime),
  });
  // Written out as raw bytes so it never lands in a compressed object stream, where the signer could not find
  // and fill /ByteRange and /Contents.
  const bytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(bytes, 0);
  const signatureRef = context.register(PDFInvalidObject.of(bytes));

  const appearance = context.register(context.formXObject([], { BBox: [0, 0, 0, 0], Resources: {} }));
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signatureRef,
      T: PDFHexString.fromText('Signature1'),
      TU: PDFHexString.fromText(spec.fieldName),
      F: 4,
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? context.obj([]);
  annots.push(widget);
  page.node.set(PDFName.of('Annots'), annots);
  const form = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray) ?? context.obj([]);
  fields.insert(0, widget);
  if (form) {
    form.set(PDFName.of('Fields'), fields);
    form.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  } else {
    doc.catalog.set(PDFName.of('AcroForm'), context.register(context.obj({ Fields: fields, SigFlags: 3 })));
  }
  doc.catalog.set(PDFName.of('Perms'), context.obj({ DocMDP: signatureRef }));
  doc.catalog.set(PDFName.of('Extensions'), context.obj({ ESIC: { BaseVersion: PDFName.of('1.7'), ExtensionLevel: 2 } }));
}
