import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { MdpPermission } from './changes.ts';

/** The identity a document states in its Info dictionary (written by the renderer, read back here). */
export interface DocumentIdentity {
  id?: string;
  label?: string;
  title?: string;
  version?: string;
  status?: string;
  effective?: string;
  contentHash?: string;
}

/** Reads the custom Info entries the renderer writes (see `documentMetadata`). */
export function readIdentity(doc: PDFDocument): DocumentIdentity {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return {};
  const get = (key: string) => {
    const value = info.lookup(PDFName.of(key));
    return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
  };
  const identity: DocumentIdentity = {
    id: get('DocumentId'),
    label: get('DocumentLabel'),
    title: get('Title'),
    version: get('DocumentVersion'),
    status: get('DocumentStatus'),
    effective: get('EffectiveDate'),
    contentHash: get('ContentHash'),
  };
  return Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined));
}

/**
 * The certification signature, if the document has one: the catalog's /Perms /DocMDP names a signature
 * dictionary whose /Reference carries a DocMDP transform. Returns that dictionary's byte range (to match it with
 * a checked signature) and its permission level (/P, default 2).
 */
export function certificationOf(doc: PDFDocument): { byteRange: number[]; permission: MdpPermission } | undefined {
  const perms = doc.catalog.lookupMaybe(PDFName.of('Perms'), PDFDict);
  const sig = perms?.lookupMaybe(PDFName.of('DocMDP'), PDFDict);
  const range = sig?.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
  if (!sig || !range) return undefined;
  let permission: MdpPermission = 2;
  const references = sig.lookupMaybe(PDFName.of('Reference'), PDFArray);
  for (let i = 0; i < (references?.size() ?? 0); i++) {
    const reference = references!.lookup(i);
    if (!(reference instanceof PDFDict) || reference.get(PDFName.of('TransformMethod')) !== PDFName.of('DocMDP')) continue;
    const p = reference.lookupMaybe(PDFName.of('TransformParams'), PDFDict)?.lookupMaybe(PDFName.of('P'), PDFNumber)?.asNumber();
    if (p === 1 || p === 3) permission = p;
  }
  const byteRange = range.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN));
  return { byteRange, permission };
}
