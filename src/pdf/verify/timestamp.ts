import { createHash } from 'node:crypto';
import { oids, strongDigests } from '../sign/oids.ts';
import { isTimeStampingCertificate, signerCertificateProblem } from './certificate.ts';
import { checkSignerInfo } from './cms.ts';
import { children, content, readDer, timeOf } from './der.ts';
import { algorithmOf, parseSignedData } from './signed-data.ts';
import { type TrustAnchors, trustChain } from './trust.ts';
import { isoTime } from './x509.ts';

/** The fields of an RFC 3161 TSTInfo the verifier and the signer look at. */
export interface TstInfo {
  imprintAlgorithm: string;
  imprint: Buffer;
  genTime: Date;
  serial: Buffer;
  nonce?: Buffer;
}

/** Reads a TSTInfo (version, policy, messageImprint, serialNumber, genTime, then optional fields). */
export function parseTstInfo(bytes: Uint8Array): TstInfo {
  const root = readDer(bytes);
  const parts = children(bytes, root);
  const [, , imprint, serial, genTime] = parts;
  if (!imprint || !serial || genTime?.tag !== 0x18) throw new Error('malformed TSTInfo');
  const [algorithm, hashed] = children(bytes, imprint);
  const nonce = parts.slice(5).find((p) => p.tag === 0x02);
  return {
    imprintAlgorithm: algorithmOf(bytes, algorithm!),
    imprint: Buffer.from(content(bytes, hashed!)),
    genTime: timeOf(bytes, genTime),
    serial: Buffer.from(content(bytes, serial)),
    ...(nonce ? { nonce: Buffer.from(content(bytes, nonce)) } : {}),
  };
}

/** A signature time-stamp (PAdES B-T), checked. */
export interface TimestampReport {
  /** Empty when the token holds; otherwise why not, in one line. */
  problem?: string;
  /** The time the authority attests the signature value existed, ISO 8601. */
  time?: string;
  tsa?: { subject: string; fingerprint: string };
  /** The authority's certificate chains to a trust anchor: only then is the time more than a claim. */
  trusted: boolean;
}

/**
 * Checks an id-aa-signatureTimeStampToken: a SignedData over a TSTInfo whose message imprint is the hash of the
 * signature value it stamps; the token's own signature verifies with the certificate its signed attributes bind;
 * that certificate has the id-kp-timeStamping extended key usage and was valid at the stamped time.
 */
export function checkTimestamp(token: Uint8Array, signatureValue: Buffer, anchors: TrustAnchors): TimestampReport {
  const fail = (problem: string, extra: Partial<TimestampReport> = {}): TimestampReport => ({
    problem: `time-stamp: ${problem}`,
    trusted: false,
    ...extra,
  });
  let sd;
  let info: TstInfo;
  try {
    sd = parseSignedData(token);
    if (sd.eContentType !== oids.tstInfo || !sd.eContent) return fail('the token holds no TSTInfo');
    info = parseTstInfo(sd.eContent);
  } catch {
    return fail('the token is not a readable RFC 3161 time-stamp token');
  }
  const time = isoTime(info.genTime);
  const hash = strongDigests[info.imprintAlgorithm];
  if (!hash) return fail(`the imprint algorithm (${info.imprintAlgorithm}) is not SHA-256 or stronger`, { time });
  if (!createHash(hash).update(signatureValue).digest().equals(info.imprint))
    return fail('the token stamps a different signature value (message imprint mismatch)', { time });
  const eContent = sd.eContent;
  const check = checkSignerInfo(sd, {
    digestOf: (algorithm) => createHash(algorithm).update(eContent).digest(),
    who: 'time-stamping authority',
    allowEssV1: true,
  });
  const cert = check.certificate;
  const tsa = cert ? { subject: cert.subject, fingerprint: cert.fingerprint } : undefined;
  if (check.problem) return fail(check.problem, { time, ...(tsa ? { tsa } : {}) });
  if (!cert || !isTimeStampingCertificate(cert, oids.timeStamping))
    return fail('the certificate that signed it is not a time-stamping certificate (no id-kp-timeStamping)', {
      time,
      ...(tsa ? { tsa } : {}),
    });
  const certProblem = signerCertificateProblem(cert, [info.genTime], 'time-stamping authority');
  if (certProblem) return fail(certProblem, { time, tsa: tsa! });
  return { time, tsa: tsa!, trusted: trustChain(cert, sd.certificates, anchors, info.genTime).trusted };
}
