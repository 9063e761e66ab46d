import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFStream, PDFString } from 'pdf-lib';
import { deletedObjects } from './deleted-objects.ts';

/** What a later revision changed, judged against a certification signature's DocMDP permissions. */
export interface RevisionChanges {
  /** Changes the permissions allow, in words ("signature field Data exporter signature signed"). */
  permitted: string[];
  /** Changes they do not allow; non-empty means the certified document was altered. */
  forbidden: string[];
}

/** DocMDP /P: 1 no changes, 2 form filling and signing, 3 also annotations. */
export type MdpPermission = 1 | 2 | 3;

/** Keys a signer may change on an empty signature field when signing it (its value and appearance). */
const SIGNING_KEYS = new Set(['V', 'AP', 'AS', 'MK', 'DA']);
/** Catalog keys later validation data adds (PAdES B-LT: the DSS and its ESIC extension level). */
const CATALOG_KEYS = new Set(['DSS', 'Extensions']);
const ACROFORM_KEYS = new Set(['SigFlags', 'DR', 'DA']);

export const loadRevision = (bytes: Uint8Array) =>
  PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });

/**
 * Compares the document as it stood at the end of one revision (`before`) with a later one (`after`, which
 * starts with `before`) object by object, and sorts every change into permitted or forbidden under `permission`.
 * Permitted under P 2: new objects nothing pointed at before (inert until a permitted change refers to them), a
 * signature field that was empty getting its value and appearance, validation data in the catalog, form
 * resources, and document metadata (Info, XMP; the verifier reads a document's identity from the certified
 * revision). Everything else, including freeing an object, is forbidden.
 */
export async function revisionChanges(before: Uint8Array, after: Uint8Array, permission: MdpPermission): Promise<RevisionChanges> {
  const out: RevisionChanges = { permitted: [], forbidden: [] };
  let old: PDFDocument;
  let now: PDFDocument;
  try {
    [old, now] = await Promise.all([loadRevision(before), loadRevision(after)]);
  } catch {
    return { permitted: [], forbidden: ['the later revision cannot be read'] };
  }
  const oldObjects = new Map(old.context.enumerateIndirectObjects().map(([ref, obj]) => [ref.objectNumber, obj]));
  const referenced = referencedNumbers(oldObjects.values());
  for (const number of deletedObjects(after.subarray(before.length))) {
    if (oldObjects.has(number)) out.forbidden.push(`object ${number} was deleted`);
  }
  const trailer = (doc: PDFDocument) => doc.context.trailerInfo;
  if (String(trailer(old).Root) !== String(trailer(now).Root)) out.forbidden.push('the document catalog was replaced');
  if (trailer(now).Encrypt && !trailer(old).Encrypt) out.forbidden.push('encryption was added');
  const roles = objectRoles(old);

  for (const [ref, obj] of now.context.enumerateIndirectObjects()) {
    const previous = oldObjects.get(ref.objectNumber);
    if (previous === undefined) {
      if (referenced.has(ref.objectNumber)) out.forbidden.push(`object ${ref.objectNumber} was referenced before but defined only later`);
      continue;
    }
    if (sameObject(previous, obj)) continue;
    if (permission === 1) {
      out.forbidden.push(`object ${ref.objectNumber} changed`);
      continue;
    }
    judge(ref.objectNumber, dictOf(previous), dictOf(obj), roles, permission, out);
  }
  return out;
}

type Role = 'catalog' | 'acroform' | 'info' | 'metadata' | 'page';

function judge(
  n: number,
  before: PDFDict | undefined,
  after: PDFDict | undefined,
  roles: Map<number, Role>,
  p: MdpPermission,
  out: RevisionChanges,
) {
  const changed = before && after ? changedKeys(before, after) : undefined;
  const only = (allowed: Set<string>) => changed !== undefined && changed.every((key) => allowed.has(key));
  const role = roles.get(n);
  if (before && isSignatureField(before) && !before.has(PDFName.of('V')) && only(SIGNING_KEYS)) {
    out.permitted.push(`signature field "${fieldName(before)}" signed`);
  } else if (role === 'catalog' && only(CATALOG_KEYS)) {
    out.permitted.push('validation data added to the catalog');
  } else if (role === 'acroform' && only(ACROFORM_KEYS)) {
    out.permitted.push('form resources updated');
  } else if (role === 'info' || role === 'metadata') {
    out.permitted.push('document metadata updated');
  } else if (p === 3 && (role === 'page' ? only(new Set(['Annots'])) : isAnnotation(before))) {
    out.permitted.push('annotations changed');
  } else {
    const what =
      role === 'catalog' ? 'the document catalog' : role === 'acroform' ? 'the form' : role === 'page' ? 'a page' : `object ${n}`;
    out.forbidden.push(`${what} changed${changed?.length ? ` (${changed.join(', ')})` : ''}`);
  }
}

/** The objects whose changes are judged by role: catalog, form, Info, XMP metadata and pages, by number. */
function objectRoles(doc: PDFDocument): Map<number, Role> {
  const roles = new Map<number, Role>();
  const set = (value: unknown, role: Role) => value instanceof PDFRef && roles.set(value.objectNumber, role);
  set(doc.context.trailerInfo.Root, 'catalog');
  set(doc.context.trailerInfo.Info, 'info');
  set(doc.catalog.get(PDFName.of('AcroForm')), 'acroform');
  set(doc.catalog.get(PDFName.of('Metadata')), 'metadata');
  for (const page of doc.getPages()) set(page.ref, 'page');
  return roles;
}

/** Equal objects; streams compared by dictionary and raw bytes (serialising a font stream to text is slow). */
function sameObject(a: PDFObject, b: PDFObject): boolean {
  if (a instanceof PDFRawStream || b instanceof PDFRawStream) {
    return (
      a instanceof PDFRawStream &&
      b instanceof PDFRawStream &&
      a.dict.toString() === b.dict.toString() &&
      Buffer.from(a.contents).equals(Buffer.from(b.contents))
    );
  }
  return a.toString() === b.toString();
}

const dictOf = (obj: PDFObject): PDFDict | undefined => (obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined);

function changedKeys(before: PDFDict, after: PDFDict): string[] {
  const keys = new Set([...before.keys(), ...after.keys()].map((k) => k.decodeText()));
  return [...keys].filter((key) => String(before.get(PDFName.of(key))) !== String(after.get(PDFName.of(key)))).sort();
}

const isSignatureField = (dict: PDFDict) => dict.get(PDFName.of('FT')) === PDFName.of('Sig');
const isAnnotation = (dict: PDFDict | undefined) =>
  dict?.get(PDFName.of('Type')) === PDFName.of('Annot') && dict.get(PDFName.of('Subtype')) !== PDFName.of('Widget');
const fieldName = (dict: PDFDict) => {
  const t = dict.get(PDFName.of('T'));
  return t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : 'unnamed';
};

/** Every object number some object refers to. */
function referencedNumbers(objects: Iterable<PDFObject>): Set<number> {
  const out = new Set<number>();
  const visit = (obj: PDFObject | undefined): void => {
    if (obj instanceof PDFRef) out.add(obj.objectNumber);
    else if (obj instanceof PDFDict) for (const value of obj.values()) visit(value);
    else if (obj instanceof PDFArray) for (const value of obj.asArray()) visit(value);
    else if (obj instanceof PDFStream) visit(obj.dict);
  };
  for (const obj of objects) visit(obj);
  return out;
}
