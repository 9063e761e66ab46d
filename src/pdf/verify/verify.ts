import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { DEVELOPMENT_COMMON_NAME } from '../sign/development.ts';
import { checkSignatures, type SignatureReport } from './signature.ts';

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

export interface VerifyReport {
  /** True when there is a signature, every signature holds, and the last one covers the whole file. */
  ok: boolean;
  /** Why not, in one line, when `ok` is false. */
  problem?: string;
  signatures: SignatureReport[];
  document: DocumentIdentity;
  /** The signer's certificate is the generated development certificate. */
  development: boolean;
}

/** Checks a signed PDF: signatures first (in our own code, see `checkSignatures`), then reads its identity. */
export async function verifyPdf(bytes: Uint8Array): Promise<VerifyReport> {
  const signatures = checkSignatures(bytes);
  const document = await readIdentity(bytes);
  const last = signatures[signatures.length - 1];
  const development = signatures.some((s) => s.signer?.subject.includes(DEVELOPMENT_COMMON_NAME) === true);
  const problem =
    signatures.length === 0
      ? 'the file carries no signature'
      : (signatures.find((s) => s.problem)?.problem ??
        (last!.coversWholeFile ? undefined : 'the last signature does not cover the whole file'));
  return { ok: problem === undefined, ...(problem ? { problem } : {}), signatures, document, development };
}

async function readIdentity(bytes: Uint8Array): Promise<DocumentIdentity> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return {};
  }
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
