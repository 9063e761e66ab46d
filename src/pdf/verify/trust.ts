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
