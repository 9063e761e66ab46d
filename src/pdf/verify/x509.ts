import { createHash, X509Certificate } from 'node:crypto';
import { oids } from '../sign/oids.ts';
import { children, content, DerError, type DerNode, oidOf, readDer, timeOf, whole } from './der.ts';

/** A certificate read field by field from its DER, plus Node's view of it for the public key. */
export interface Certificate {
  /** The whole certificate, exactly as embedded. */
  der: Buffer;
  /** Lower-case hex SHA-256 of `der`: the fingerprint the manifest publishes and `--trust` takes. */
  fingerprint: string;
  /** "CN=..., O=..." as Node prints it, one line. */
  subject: string;
  /** DER of the issuer and subject Names, compared byte for byte when building a chain. */
  issuerName: Buffer;
  subjectName: Buffer;
  /** Content bytes of the serial number INTEGER. */
  serial: Buffer;
  notBefore: Date;
  notAfter: Date;
  /** OID of the algorithm the issuer signed this certificate with. */
  signatureAlgorithm: string;
  /** Key usage bits, when the extension is present (absent means unrestricted, RFC 5280). */
  keyUsage?: { digitalSignature: boolean; nonRepudiation: boolean; keyCertSign: boolean };
  /** Extended key usage OIDs, when the extension is present. */
  extendedKeyUsage?: string[];
  /** basicConstraints cA. */
  ca: boolean;
  /** Subject key identifier, when present (a SignerInfo may name its certificate by it). */
  subjectKeyId?: Buffer;
  node: X509Certificate;
}

/** A certificate that cannot be read; the message is one line for the user. */
export class CertificateError extends Error {
  override name = 'CertificateError';
}

const CONTEXT_0 = 0xa0;
const CONTEXT_3 = 0xa3;
const BOOLEAN = 0x01;

/**
 * Reads a DER certificate. Throws CertificateError naming what is wrong (a malformed validity date, an unreadable
 * structure) instead of letting a bad value surface later as an invalid Date or an OpenSSL stack trace.
 */
export function readCertificate(der: Uint8Array, what = 'the certificate'): Certificate {
  const bytes = Buffer.from(der);
  let tbs: DerNode[];
  try {
    const root = readDer(bytes);
    if (root.end !== bytes.length) throw new DerError('trailing data');
    tbs = children(bytes, children(bytes, root)[0]!);
  } catch {
    throw new CertificateError(`${what} is not a readable X.509 certificate`);
  }
  const at = tbs[0]?.tag === CONTEXT_0 ? 1 : 0;
  const [serial, , issuer, validity, subject] = tbs.slice(at);
  if (!serial || !issuer || !validity || !subject) throw new CertificateError(`${what} is incomplete`);
  let notBefore: Date;
  let notAfter: Date;
  try {
    const [from, to] = children(bytes, validity);
    notBefore = timeOf(bytes, from!);
    notAfter = timeOf(bytes, to!);
  } catch {
    throw new CertificateError(`${what} has a malformed validity date`);
  }
  let node: X509Certificate;
  let algorithm: string;
  let extensions: Map<string, DerNode>;
  try {
    node = new X509Certificate(bytes);
    const outer = children(bytes, readDer(bytes));
    algorithm = oidOf(bytes, children(bytes, outer[1]!)[0]!);
    extensions = readExtensions(bytes, tbs);
  } catch {
    throw new CertificateError(`${what} is not a readable X.509 certificate`);
  }
  const certificate: Certificate = {
    der: bytes,
    fingerprint: createHash('sha256').update(bytes).digest('hex'),
    subject: node.subject.split('\n').join(', '),
    issuerName: Buffer.from(whole(bytes, issuer)),
    subjectName: Buffer.from(whole(bytes, subject)),
    serial: Buffer.from(content(bytes, serial)),
    notBefore,
    notAfter,
    signatureAlgorithm: algorithm,
    ca: false,
    node,
  };
  try {
    decodeExtensions(bytes, extensions, certificate);
  } catch {
    throw new CertificateError(`${what} has a malformed extension`);
  }
  return certificate;
}

/** Extension values (the OCTET STRING's inner element) by OID. */
function readExtensions(bytes: Uint8Array, tbs: DerNode[]): Map<string, DerNode> {
  const out = new Map<string, DerNode>();
  const wrapper = tbs.find((n) => n.tag === CONTEXT_3);
  if (!wrapper) return out;
  for (const extension of children(bytes, children(bytes, wrapper)[0]!)) {
    const parts = children(bytes, extension);
    const id = oidOf(bytes, parts[0]!);
    const value = parts[parts[1]?.tag === BOOLEAN ? 2 : 1]!;
    if (out.has(id)) throw new DerError('duplicate extension');
    out.set(id, readDer(bytes, value.contentStart));
  }
  return out;
}

function decodeExtensions(bytes: Uint8Array, extensions: Map<string, DerNode>, certificate: Certificate): void {
  const keyUsage = extensions.get(oids.keyUsage);
  if (keyUsage) {
    const bits = content(bytes, keyUsage);
    const first = bits[1] ?? 0; // bits[0] counts the unused bits of the last byte
    certificate.keyUsage = {
      digitalSignature: (first & 0x80) !== 0,
      nonRepudiation: (first & 0x40) !== 0,
      keyCertSign: (first & 0x04) !== 0,
    };
  }
  const eku = extensions.get(oids.extendedKeyUsage);
  if (eku) certificate.extendedKeyUsage = children(bytes, eku).map((n) => oidOf(bytes, n));
  const constraints = extensions.get(oids.basicConstraints);
  if (constraints) {
    const first = children(bytes, constraints)[0];
    certificate.ca = first?.tag === BOOLEAN && content(bytes, first)[0] !== 0;
  }
  const keyId = extensions.get(oids.subjectKeyIdentifier);
  if (keyId) certificate.subjectKeyId = Buffer.from(content(bytes, keyId));
}

/** ISO 8601 without milliseconds, for messages. */
export const isoTime = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');
