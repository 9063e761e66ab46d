import { createHash, verify } from 'node:crypto';
import { oids, signatureAlgorithms, strongDigests } from '../sign/oids.ts';
import { children, content, type DerNode, oidOf } from './der.ts';
import { algorithmOf, type SignedData } from './signed-data.ts';
import { type Certificate, CertificateError, readCertificate } from './x509.ts';

export type DigestName = 'sha256' | 'sha384' | 'sha512';

/** Whether a SignerInfo holds, and the certificate it holds with. */
export interface SignerCheck {
  /** Empty when the signature holds; otherwise why not, in one line. */
  problem?: string;
  /** The certificate the signed attributes bind, once found (set even when a later step fails). */
  certificate?: Certificate;
  digest?: DigestName;
}

export interface SignerCheckOptions {
  /** Computes the digest of the signed content with the named algorithm (the PDF byte ranges, a TSTInfo). */
  digestOf: (algorithm: DigestName) => Buffer;
  /** Who signed, for messages: "signer" or "time-stamping authority". */
  who: string;
  /**
   * Accept the SHA-1 ESS signing-certificate (v1) binding. Only for time-stamp tokens, which many authorities
   * still issue that way; a PAdES signature must use signing-certificate-v2.
   */
  allowEssV1?: boolean;
}

const SEQUENCE = 0x30;
const CONTEXT_0 = 0x80;
const CONTEXT_4 = 0xa4;

/**
 * Checks the one SignerInfo of a SignedData, in the order that gives the most useful reason:
 * 1. SHA-256 or stronger, and signed attributes whose content-type and message-digest match the content;
 * 2. the ESS signing-certificate(-v2) attribute binds a certificate by its hash, and that certificate (never one
 *    merely named by the unsigned SignerInfo fields) is embedded, readable, and the one the SignerInfo names;
 * 3. the signature over the signed attributes verifies with that certificate's public key.
 * A certificate edited after signing no longer has the bound hash, so it fails at step 2.
 */
export function checkSignerInfo(sd: SignedData, options: SignerCheckOptions): SignerCheck {
  const { signer } = sd;
  const digest = strongDigests[signer.digestAlgorithm];
  if (!digest) return { problem: `the ${options.who}'s digest algorithm (${signer.digestAlgorithm}) is not SHA-256 or stronger` };
  if (!signer.signedAttrs) return { problem: `the ${options.who}'s signature has no signed attributes (not CAdES)` };
  const der = sd.der;
  const type = signer.signed.get(oids.contentType);
  if (!type || oidOf(der, type) !== sd.eContentType) return { problem: `the ${options.who}'s content-type attribute is missing or wrong` };
  const messageDigest = signer.signed.get(oids.messageDigest);
  if (!messageDigest || !content(der, messageDigest).equals(options.digestOf(digest)))
    return { problem: 'digest mismatch: the signed bytes were changed after signing', digest };

  const binding = boundCertificate(sd, options.allowEssV1 === true);
  if (!binding) return { problem: `the ${options.who}'s certificate is not bound into the signed attributes (no signing-certificate-v2)` };
  const raw = sd.certificates.find((cert) => createHash(binding.hash).update(cert).digest().equals(binding.certHash));
  if (!raw)
    return { problem: `the ${options.who}'s certificate is not the one the signature binds: it was replaced or altered after signing` };
  let certificate: Certificate;
  try {
    certificate = readCertificate(raw, `the ${options.who}'s certificate`);
  } catch (error) {
    if (error instanceof CertificateError) return { problem: error.message };
    throw error;
  }
  if (!names(der, signer.sid, certificate) || (binding.issuerSerial && !issuerSerialMatches(der, binding.issuerSerial, certificate)))
    return {
      problem: `the ${options.who}'s SignerInfo names a different certificate from the one bound in the signed attributes`,
      certificate,
    };

  if (!(signer.signatureAlgorithm in signatureAlgorithms))
    return { problem: `unsupported signature algorithm ${signer.signatureAlgorithm}`, certificate, digest };
  const hash = signatureAlgorithms[signer.signatureAlgorithm] ?? digest;
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
  const message = Buffer.from(der.subarray(signer.signedAttrs.start, signer.signedAttrs.end));
  message[0] = 0x31;
  let valid = false;
  try {
    valid = verify(hash, message, certificate.node.publicKey, signer.signature);
  } catch {
    valid = false;
  }
  if (!valid) return { problem: `the signature does not verify with the ${options.who}'s certificate`, certificate, digest };
  return { certificate, digest };
}

interface Binding {
  hash: 'sha1' | DigestName;
  certHash: Buffer;
  issuerSerial?: DerNode;
}

/** The first ESSCertID(v2) of the signing-certificate(-v2) attribute: which certificate the signer committed to. */
function boundCertificate(sd: SignedData, allowV1: boolean): Binding | undefined {
  const der = sd.der;
  const v2 = sd.signer.signed.get(oids.signingCertificateV2);
  const v1 = allowV1 ? sd.signer.signed.get(oids.signingCertificate) : undefined;
  const value = v2 ?? v1;
  if (!value) return undefined;
  const certs = children(der, value)[0];
  const first = certs && children(der, certs)[0];
  if (!first) return undefined;
  const parts = children(der, first);
  let hash: Binding['hash'] = v2 ? 'sha256' : 'sha1';
  let at = 0;
  if (v2 && parts[0]?.tag === SEQUENCE) {
    const named = strongDigests[algorithmOf(der, parts[0])];
    if (!named) return undefined;
    hash = named;
    at = 1;
  }
  const certHash = parts[at];
  if (!certHash) return undefined;
  return { hash, certHash: Buffer.from(content(der, certHash)), ...(parts[at + 1] ? { issuerSerial: parts[at + 1] } : {}) };
}

/** Whether the SignerInfo's sid (issuerAndSerialNumber, or [0] subjectKeyIdentifier) names `cert`. */
function names(der: Buffer, sid: DerNode, cert: Certificate): boolean {
  if (sid.tag === CONTEXT_0) return cert.subjectKeyId?.equals(content(der, sid)) === true;
  if (sid.tag !== SEQUENCE) return false;
  const [issuer, serial] = children(der, sid);
  return !!issuer && !!serial && cert.issuerName.equals(der.subarray(issuer.start, issuer.end)) && cert.serial.equals(content(der, serial));
}

/** ESS IssuerSerial: GeneralNames holding the issuer as a [4] directoryName, and the serial number. */
function issuerSerialMatches(der: Buffer, node: DerNode, cert: Certificate): boolean {
  const [names, serial] = children(der, node);
  if (!names || !serial || !cert.serial.equals(content(der, serial))) return false;
  return children(der, names).some((name) => {
    if (name.tag !== CONTEXT_4) return false;
    const inner = children(der, name)[0];
    return inner !== undefined && cert.issuerName.equals(der.subarray(inner.start, inner.end));
  });
}
