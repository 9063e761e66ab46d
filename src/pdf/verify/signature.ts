import { createHash } from 'node:crypto';
import { checkCms } from './cms.ts';
import { readDer } from './der.ts';
import { decodePdfString, parsePdfDate } from './pdf-strings.ts';

/** One signature of a PDF, checked. */
export interface SignatureReport {
  /** Empty when the signature is valid; otherwise the first problem found, in one line. */
  problem?: string;
  byteRange: number[];
  /** The byte range covers the whole file except the signature value itself. */
  coversWholeFile: boolean;
  subFilter?: string;
  /** /M: the time the signer claims, ISO 8601. */
  signingTime?: string;
  reason?: string;
  signer?: { subject: string; fingerprint: string; validFrom: string; validTo: string };
  /** The signer's certificate is bound into the signed attributes (ESS signing-certificate-v2). */
  certificateBound: boolean;
}

const latin1 = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/**
 * Finds every signature dictionary (by its /ByteRange) and checks each one in our own code:
 * - the byte range starts at 0, leaves out exactly the /Contents hex string, and ends at the end of the file
 *   (anything appended after signing, including an incremental update, makes it fail);
 * - SHA-256 over the two ranges equals the CMS message digest, and the CMS signature verifies (see `checkCms`).
 */
export function checkSignatures(bytes: Uint8Array): SignatureReport[] {
  const text = latin1(bytes, 0, bytes.length);
  const reports: SignatureReport[] = [];
  for (let at = text.indexOf('/ByteRange'); at !== -1; at = text.indexOf('/ByteRange', at + 1)) {
    const match = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 120));
    if (!match) continue; // an unfilled placeholder or a stray word: not a signature
    reports.push(checkOne(bytes, text, at, match.slice(1).map(Number)));
  }
  return reports;
}

function checkOne(bytes: Uint8Array, text: string, at: number, range: number[]): SignatureReport {
  const [start, holeStart, holeEnd, tailLength] = range as [number, number, number, number];
  const report: SignatureReport = { byteRange: range, coversWholeFile: false, certificateBound: false };
  const dictStart = text.lastIndexOf('obj', at);
  const dictEnd = text.indexOf('endobj', at);
  // Everything but the hole is signed, so the dictionary's other entries can be trusted once the digest matches.
  const dict = text.slice(dictStart, holeStart) + text.slice(holeEnd, dictEnd === -1 ? undefined : dictEnd);
  report.subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1];
  const m = /\/M\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(dict)?.[1];
  if (m) report.signingTime = parsePdfDate(decodePdfString(m));
  const reason = /\/Reason\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(dict)?.[1];
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
  if (holeEnd + tailLength < bytes.length)
    return fail(`${bytes.length - holeEnd - tailLength} bytes were added after the signed part of the file`);
  if (holeEnd + tailLength > bytes.length) return fail('the file is shorter than its signature byte range: it was truncated');
  report.coversWholeFile = true;

  const signed = () => Buffer.concat([bytes.subarray(0, holeStart), bytes.subarray(holeEnd)]);
  const digest = createHash('sha256').update(bytes.subarray(0, holeStart)).update(bytes.subarray(holeEnd)).digest();
  const contents = Buffer.from(hex, 'hex');
  let der: Uint8Array;
  try {
    // The value is zero-padded to the size of its placeholder: the CMS structure's own length says where it ends.
    der = contents.subarray(0, readDer(contents).end);
  } catch {
    return fail('the signature value is not a DER-encoded CMS structure');
  }
  // Signers pad the value with zeros; anything else after it is an alteration, even if unsigned bytes.
  if (contents.subarray(der.length).some((byte) => byte !== 0))
    return fail('the signature value was altered: data follows the CMS structure');
  let cms;
  try {
    cms = checkCms(der, digest, signed);
  } catch {
    return fail('the signature value cannot be parsed as CMS');
  }
  report.certificateBound = cms.certificateBound;
  if (cms.certificate) {
    report.signer = {
      subject: cms.certificate.subject,
      fingerprint: cms.certificate.fingerprint256.replace(/:/g, '').toLowerCase(),
      validFrom: new Date(cms.certificate.validFrom).toISOString(),
      validTo: new Date(cms.certificate.validTo).toISOString(),
    };
  }
  return cms.problem ? fail(cms.problem) : report;
}
