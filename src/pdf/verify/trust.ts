import { type Certificate, readCertificate } from './x509.ts';

/**
 * What the person verifying trusts: certificates named by SHA-256 fingerprint (`--trust <fingerprint>`, such as
 * the expected signer the documents manifest publishes) or given as files (`--trust <cert.pem>`). An anchor may
 * be the signer's own certificate or a CA that issued it.
 */
export interface TrustAnchors {
  /** Lower-case hex SHA-256 fingerprints; includes those of `certificates`. */
  fingerprints: ReadonlySet<string>;
  /** Anchors given as certificates: they also complete a chain the signature does not embed. */
  certificates: readonly Certificate[];
}

export const noAnchors: TrustAnchors = { fingerprints: new Set(), certificates: [] };

export interface TrustResult {
  trusted: boolean;
  /** Fingerprint of the anchor the chain ends in, when trusted. */
  anchor?: string;
}

const MAX_DEPTH = 8;

/**
 * Builds a chain from `leaf` to an anchor: each step to an issuer whose subject is the certificate's issuer, that
 * is a CA, was valid at `at`, and whose key verifies the certificate's signature. Issuers come from the
 * certificates embedded in the signature and the anchor certificates. No revocation checking (no network).
 */
export function trustChain(leaf: Certificate, embedded: readonly Buffer[], anchors: TrustAnchors, at: Date): TrustResult {
  const pool = [...readable(embedded), ...anchors.certificates];
  const seen = new Set<string>();
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (anchors.fingerprints.has(current.fingerprint)) return { trusted: true, anchor: current.fingerprint };
    seen.add(current.fingerprint);
    const subject = current;
    const issuer = pool.find(
      (candidate) =>
        !seen.has(candidate.fingerprint) &&
        candidate.subjectName.equals(subject.issuerName) &&
        (candidate.ca || candidate.keyUsage?.keyCertSign === true) &&
        at >= candidate.notBefore &&
        at <= candidate.notAfter &&
        verifies(subject, candidate),
    );
    if (!issuer) return { trusted: false };
    current = issuer;
  }
  return { trusted: false };
}

function verifies(subject: Certificate, issuer: Certificate): boolean {
  try {
    return subject.node.verify(issuer.node.publicKey);
  } catch {
    return false;
  }
}

function readable(ders: readonly Buffer[]): Certificate[] {
  const out: Certificate[] = [];
  for (const der of ders) {
    try {
      out.push(readCertificate(der));
    } catch {
      // An unreadable extra certificate cannot be an issuer; the signer's own was checked already.
    }
  }
  return out;
}

/** A `--trust` value that is neither a SHA-256 fingerprint nor a readable certificate. */
export class TrustAnchorError extends Error {
  override name = 'TrustAnchorError';
}

const FINGERPRINT = /^(?:[0-9a-f]{64}|(?:[0-9a-f]{2}:){31}[0-9a-f]{2})$/i;

/**
 * Trust anchors from `--trust` values: a SHA-256 fingerprint (hex, with or without colons), or the bytes of a
 * certificate file (PEM, possibly several certificates, or DER), read by `readFile` for each value that is not a
 * fingerprint.
 */
export function parseAnchors(values: readonly string[], readFile: (path: string) => Buffer): TrustAnchors {
  const fingerprints = new Set<string>();
  const certificates: Certificate[] = [];
  for (const value of values) {
    if (FINGERPRINT.test(value)) {
      fingerprints.add(value.replace(/:/g, '').toLowerCase());
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFile(value);
    } catch (error) {
      throw new TrustAnchorError(
        `--trust ${value}: neither a SHA-256 fingerprint nor a readable file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const text = bytes.toString('latin1');
    const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) =>
      Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'),
    );
    if (blocks.length === 0 && text.includes('-----BEGIN')) throw new TrustAnchorError(`--trust ${value}: the file holds no certificate`);
    for (const der of blocks.length > 0 ? blocks : [bytes]) {
      try {
        const certificate = readCertificate(der, `--trust ${value}`);
        certificates.push(certificate);
        fingerprints.add(certificate.fingerprint);
      } catch (error) {
        throw new TrustAnchorError(error instanceof Error ? error.message : String(error));
      }
    }
  }
  return { fingerprints, certificates };
}
