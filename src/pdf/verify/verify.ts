import type { PDFDocument } from 'pdf-lib';
import { loadRevision, type MdpPermission, type RevisionChanges, revisionChanges } from './changes.ts';
import { certificationOf, type DocumentIdentity, readIdentity } from './identity.ts';
import { checkSignatures, type SignatureReport } from './signature.ts';
import { noAnchors, type TrustAnchors, trustChain } from './trust.ts';

export type { DocumentIdentity } from './identity.ts';

/**
 * The three answers to "who signed, and should I trust it?":
 * - `trusted`: intact, and the document's (first) signer chains to a trust anchor;
 * - `untrusted`: intact, but the signer is unknown, or the project's development certificate;
 * - `invalid`: altered after signing, unsigned, or a signature or certificate that does not hold.
 */
export type Verdict = 'trusted' | 'untrusted' | 'invalid';

export interface VerifyOptions {
  /** What the person verifying trusts (`--trust`); nothing by default. */
  trust?: TrustAnchors;
  /** Fingerprints of this project's development certificates (from `.cache/signing/`): recognised, never trusted. */
  development?: ReadonlySet<string>;
}

/** A revision of the file that ends where a signature's coverage ends, or at the end of the file. */
export interface RevisionReport {
  revision: number;
  /** Byte offset where the revision ends. */
  end: number;
  /** Indexes (into `signatures`) of the signatures covering exactly up to here. */
  signatures: number[];
  /** What this revision changed after the certification signature, when there is one. */
  changes?: RevisionChanges;
}

export interface VerifyReport {
  /** Intact: there is a signature, every signature holds, the last covers the whole file, later changes are permitted. */
  ok: boolean;
  verdict: Verdict;
  /** Why not, in one line, when `ok` is false. */
  problem?: string;
  /** In the order of the revisions they cover. */
  signatures: SignatureReport[];
  /** Index of the certification signature (DocMDP) and the changes it permits. */
  certification?: { signature: number; permission: MdpPermission };
  revisions: RevisionReport[];
  /** Read from the revision the first signature covers, so later metadata updates cannot change it. */
  document: DocumentIdentity;
  /** The first signer's certificate is one of this project's development certificates. */
  development: boolean;
  /** Which signatures' signers chain to a trust anchor, by index. */
  trusted: boolean[];
}

/** Checks a signed PDF in our own code: every signature, the revisions after the first, then trust. */
export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyReport> {
  const anchors = options.trust ?? noAnchors;
  const signatures = checkSignatures(bytes, anchors).sort((a, b) => a.coveredEnd - b.coveredEnd);
  const first = signatures[0];
  const base = { signatures, revisions: [] as RevisionReport[], document: {}, development: false, trusted: signatures.map(() => false) };
  const invalid = (problem: string, extra: Partial<VerifyReport> = {}): VerifyReport => ({
    ...base,
    ...extra,
    ok: false,
    verdict: 'invalid',
    problem,
  });
  if (!first)
    return invalid(
      /^%PDF-/.test(Buffer.from(bytes.subarray(0, 8)).toString('latin1')) ? 'the file carries no signature' : 'not a PDF file',
    );

  const development = options.development?.has(first.signer?.fingerprint ?? '') === true;
  const trusted = signatures.map((s) =>
    s.certificate ? trustChain(s.certificate, s.embedded ?? [], anchors, signingTime(s)).trusted : false,
  );
  const found = { development, trusted };
  // A broken signature ends the check before the file is parsed: nothing it claims about itself can be believed.
  const broken = signatures.findIndex((s) => s.problem);
  if (broken !== -1) return invalid(numbered(signatures, broken, signatures[broken]!.problem!), found);
  const last = signatures[signatures.length - 1]!;
  if (!last.coversWholeFile) return invalid(`${bytes.length - last.coveredEnd} bytes were added after the signed part of the file`, found);

  let certified: PDFDocument;
  try {
    certified = await loadRevision(bytes.subarray(0, first.coveredEnd));
  } catch {
    return invalid('the signed revision of the file cannot be read', found);
  }
  const document = readIdentity(certified);
  const cert = certificationOf(certified);
  const certIndex = cert ? signatures.findIndex((s) => String(s.byteRange) === String(cert.byteRange)) : -1;
  if (cert && certIndex !== 0)
    return invalid('the certification signature is not the first signature of the document', { ...found, document });
  const certification = cert ? { signature: 0, permission: cert.permission } : undefined;
  const revisions = await revisionReports(bytes, signatures, certification?.permission);
  const altered = revisions.find((r) => (r.changes?.forbidden.length ?? 0) > 0);
  const result = { ...found, document, revisions, ...(certification ? { certification } : {}) };
  if (altered)
    return invalid(
      `revision ${altered.revision} made changes the certification does not permit: ${altered.changes!.forbidden.join('; ')}`,
      result,
    );
  // A development signature is never a trusted one, even when someone passes its fingerprint as an anchor.
  return { ...base, ...result, ok: true, verdict: trusted[0] && !development ? 'trusted' : 'untrusted' };
}

/** One report per distinct end of signed coverage; changes are judged from the first signature's revision on. */
async function revisionReports(bytes: Uint8Array, signatures: SignatureReport[], permission?: MdpPermission): Promise<RevisionReport[]> {
  const ends = [...new Set(signatures.map((s) => s.coveredEnd))];
  const reports: RevisionReport[] = ends.map((end) => ({
    revision: signatures.find((s) => s.coveredEnd === end)!.revision,
    end,
    signatures: signatures.flatMap((s, i) => (s.coveredEnd === end ? [i] : [])),
  }));
  if (permission === undefined) return reports;
  for (let i = 1; i < reports.length; i++) {
    reports[i]!.changes = await revisionChanges(bytes.subarray(0, reports[i - 1]!.end), bytes.subarray(0, reports[i]!.end), permission);
  }
  return reports;
}

/** The time a signer's certificate must be valid at: the signature's claimed time (checked against any time-stamp). */
const signingTime = (s: SignatureReport) => new Date(s.timestamp?.time ?? s.signingTime ?? 0);

const numbered = (all: SignatureReport[], index: number, problem: string) =>
  all.length > 1 ? `signature ${index + 1}: ${problem}` : problem;
