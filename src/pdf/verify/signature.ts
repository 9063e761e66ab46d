import { createHash } from 'node:crypto';
import { oids } from '../sign/oids.ts';
import { signerCertificateProblem } from './certificate.ts';
import { checkSignerInfo } from './cms.ts';
import { readDer } from './der.ts';
import { decodePdfString, parsePdfDate } from './pdf-strings.ts';
import { revisionAt } from './revisions.ts';
import { CmsError, parseSignedData, type SignedData } from './signed-data.ts';
import { checkTimestamp, type TimestampReport } from './timestamp.ts';
import type { TrustAnchors } from './trust.ts';
import type { Certificate } from './x509.ts';

/** One signature of a PDF, checked. */
export interface SignatureReport {
  /** Empty when the signature is valid; otherwise the first problem found, in one line. */
  problem?: string;
  byteRange: number[];
  /** Where the signed bytes end: the end of the revision this signature covers. */
  coveredEnd: number;
  /** 1-based number of that revision (counted by its %%EOF markers). */
  revision: number;
  /** The byte range covers the whole file except the signature value itself. */
  coversWholeFile: boolean;
  subFilter?: string;
  /** /M: the time the signer claims, ISO 8601. */
  signingTime?: string;
  reason?: string;
  signer?: { subject: string; fingerprint: string; validFrom: string; validTo: string };
  /** The signer's certificate is the one bound into the signed attributes (ESS signing-certificate-v2). */
  certificateBound: boolean;
  /** The RFC 3161 signature time-stamp (PAdES B-T), when the signature carries one. */
  timestamp?: TimestampReport;
  /** For the trust step: the verified signer certificate and the certificates embedded with it. */
  certificate?: Certificate;
  embedded?: Buffer[];
}

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
const STRING = String.raw`(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

/**
 * Finds every signature dictionary (by its /ByteRange) and checks each one in our own code:
 * - the byte range starts at 0, leaves out exactly the /Contents hex string, and ends at the end of a revision
 *   (a %%EOF marker); whether anything follows the last signature is the caller's question;
 * - the CMS holds for the signed bytes (see `checkSignerInfo`), its certificate may sign at the claimed time and
 *   at the time-stamp's, and the time-stamp, when present, holds too.
 */
export function checkSignatures(bytes: Uint8Array, anchors: TrustAnchors): SignatureReport[] {
  const text = latin1(bytes, 0, bytes.length);
  const reports: SignatureReport[] = [];
  for (let at = text.indexOf('/ByteRange'); at !== -1; at = text.indexOf('/ByteRange', at + 1)) {
    const window = text.slice(at, at + 120);
    const match = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(window);
    if (!match) {
      // An unfilled placeholder (asterisks) or the word in passing is no signature; numbers other than four whole
      // ones are a byte range no signer writes: a signature altered, not a file that was never signed.
      if (/^\/ByteRange\s*\[[\s\d.+-]*\]/.test(window)) reports.push({ ...unread([]), problem: 'the signature byte range is malformed' });
      continue;
    }
    const range = match.slice(1).map(Number);
    try {
      reports.push(checkOne(bytes, text, at, range, anchors));
    } catch {
      // Whatever slipped past the structural checks (a DER length pointing nowhere): still a one-line reason.
      reports.push({ ...unread(range), problem: 'the signature cannot be read' });
    }
  }
  return reports;
}

/** The report of a signature that could not be read as far as its byte range's end. */
const unread = (range: number[]) => ({
  byteRange: range,
  coveredEnd: (range[2] ?? 0) + (range[3] ?? 0),
  revision: 0,
  coversWholeFile: false,
  certificateBound: false,
});

function checkOne(bytes: Uint8Array, text: string, at: number, range: number[], anchors: TrustAnchors): SignatureReport {
  const [start, holeStart, holeEnd, tailLength] = range as [number, number, number, number];
  const coveredEnd = holeEnd + tailLength;
  const report: SignatureReport = {
    byteRange: range,
    coveredEnd,
    revision: revisionAt(bytes, coveredEnd),
    coversWholeFile: false,
    certificateBound: false,
  };
  const dictStart = text.lastIndexOf('obj', at);
  const dictEnd = text.indexOf('endobj', at);
  // Everything but the hole is signed, so the dictionary's other entries can be trusted once the digest matches.
  const dict = text.slice(dictStart, Math.max(dictStart, holeStart)) + text.slice(holeEnd, dictEnd === -1 ? undefined : dictEnd);
  report.subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1];
  const m = new RegExp(String.raw`\/M\s*${STRING}`).exec(dict)?.[1];
  if (m) report.signingTime = parsePdfDate(decodePdfString(m));
  const reason = new RegExp(String.raw`\/Reason\s*${STRING}`).exec(dict)?.[1];
  if (reason) report.reason = decodePdfString(reason);

  const fail = (problem: string) => ({ ...report, problem });
  if (start !== 0 || holeStart <= 0 || holeEnd <= holeStart || holeEnd > bytes.length) return fail('the signature byte range is malformed');
  const exactHole =
    bytes[holeStart] === 0x3c &&
    bytes[holeEnd - 1] === 0x3e &&
    /\/Contents\s*$/.test(latin1(bytes, Math.max(0, holeStart - 40), holeStart));
  if (!exactHole) return fail('the signature byte range does not leave out exactly the signature value');
  const hex = latin1(bytes, holeStart + 1, holeEnd - 1);
  if (!/^[0-9A-Fa-f]*$/.test(hex)) return fail('the signature value is not a hex string');
  if (coveredEnd > bytes.length) return fail('the file is shorter than its signature byte range: it was truncated');
  if (!/%%EOF[\r\n]*$/.test(latin1(bytes, Math.max(0, coveredEnd - 12), coveredEnd)))
    return fail('the signature byte range does not end at the end of a revision (%%EOF)');
  report.coversWholeFile = coveredEnd === bytes.length;

  const contents = Buffer.from(hex, 'hex');
  if (contents.every((byte) => byte === 0)) return fail('the signature value is empty: never signed, or the signature was removed');
  let der: Buffer;
  try {
    // The value is zero-padded to the size of its placeholder: the CMS structure's own length says where it ends.
    der = contents.subarray(0, readDer(contents).end);
  } catch {
    return fail('the signature value is not a DER-encoded CMS structure');
  }
  // Signers pad the value with zeros; anything else after it is an alteration, even if unsigned bytes.
  if (contents.subarray(der.length).some((byte) => byte !== 0))
    return fail('the signature value was altered: data follows the CMS structure');
  let sd: SignedData;
  try {
    sd = parseSignedData(der);
  } catch (error) {
    return fail(error instanceof CmsError ? error.message : 'the signature value cannot be parsed as CMS');
  }
  if (sd.eContentType !== oids.data || sd.eContent) return fail('the signature is not a detached signature over PDF data');
  const check = checkSignerInfo(sd, {
    who: 'signer',
    digestOf: (algorithm) =>
      createHash(algorithm).update(bytes.subarray(0, holeStart)).update(bytes.subarray(holeEnd, coveredEnd)).digest(),
  });
  const cert = check.certificate;
  if (cert) {
    report.certificateBound = true;
    report.certificate = cert;
    report.embedded = sd.certificates;
    report.signer = {
      subject: cert.subject,
      fingerprint: cert.fingerprint,
      validFrom: cert.notBefore.toISOString(),
      validTo: cert.notAfter.toISOString(),
    };
  }
  if (check.problem) return fail(check.problem);

  // Unsigned attributes sit outside what the signer signed: one this verifier cannot check (or a time-stamp whose
  // type was altered so that it is no longer seen as one) is an alteration, not something to pass over.
  const unknown = [...sd.signer.unsigned.keys()].find((id) => id !== oids.signatureTimeStampToken);
  if (unknown) return fail(`the signature carries an unsigned attribute this verifier cannot check (${unknown})`);
  const token = sd.signer.unsigned.get(oids.signatureTimeStampToken);
  if (token) report.timestamp = checkTimestamp(sd.der.subarray(token.start, token.end), sd.signer.signature, anchors);
  if (!report.signingTime) return fail('the signature states no valid signing time (/M)');
  const times = [report.signingTime, report.timestamp?.problem ? undefined : report.timestamp?.time]
    .filter((t): t is string => t !== undefined)
    .map((t) => new Date(t));
  const certProblem = signerCertificateProblem(cert!, times);
  if (certProblem) return fail(certProblem);
  if (report.timestamp?.problem) return fail(report.timestamp.problem);
  return report;
}
