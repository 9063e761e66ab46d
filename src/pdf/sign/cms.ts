import { createHash, type KeyObject, sign, type X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { type Asn1, attribute, fromDer, int, nul, octets, oid, seq, set, tagged, toDer } from './asn1.ts';
import { oids } from './oids.ts';

const { asn1 } = forge;

/** A private key and the certificates that go with it. Only the certificates ever enter a PDF. */
export interface SigningKey {
  certificate: X509Certificate;
  /** Intermediate certificates, embedded so a verifier can build the chain. */
  chain: X509Certificate[];
  privateKey: KeyObject;
}

/** Issuer name and serial number of a certificate, as their original ASN.1 nodes. */
function issuerAndSerial(certificate: X509Certificate): { issuer: Asn1; serial: Asn1 } {
  const tbs = (fromDer(certificate.raw).value as Asn1[])[0]!;
  const fields = tbs.value as Asn1[];
  // tbsCertificate starts with an optional [0] version, then serialNumber, signature, issuer.
  const offset = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[offset]!, issuer: fields[offset + 2]! };
}

/**
 * A detached CMS SignedData over `content`, in the form PAdES baseline B-B asks for (SubFilter
 * ETSI.CAdES.detached): SHA-256, signed attributes content-type, message-digest and signing-certificate-v2, and
 * no signing-time attribute (PAdES forbids it; the claimed time is the signature dictionary's /M).
 * @signpdf/signer-p12 cannot do this: it writes signing-time and no signing-certificate-v2.
 *
 * With `timestamp`, the signature value is sent to it and the RFC 3161 token it returns is added as the unsigned
 * attribute id-aa-signatureTimeStampToken (PAdES B-T).
 */
export async function cadesDetachedSignature(
  content: Buffer,
  key: SigningKey,
  timestamp?: (signatureValue: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  const { issuer, serial } = issuerAndSerial(key.certificate);
  const digest = createHash('sha256').update(content).digest();
  const certHash = createHash('sha256').update(key.certificate.raw).digest();
  const essCertId = seq([octets(certHash), seq([seq([tagged(4, [issuer])]), serial])]);
  const attributes = [
    attribute(oids.contentType, oid(oids.data)),
    attribute(oids.messageDigest, octets(digest)),
    attribute(oids.signingCertificateV2, seq([seq([essCertId])])),
  ];
  // DER orders a SET OF by the encodings of its members; the signature is computed over that SET.
  const sorted = attributes.map(toDer).sort(Buffer.compare).map(fromDer);
  const ec = key.privateKey.asymmetricKeyType === 'ec';
  const signature = sign('sha256', toDer(set(sorted)), key.privateKey);
  const digestAlgorithm = seq([oid(oids.sha256)]);
  const signatureAlgorithm = ec ? seq([oid(oids.ecdsaWithSHA256)]) : seq([oid(oids.sha256WithRSAEncryption), nul()]);
  const fields = [int(1), seq([issuer, serial]), digestAlgorithm, tagged(0, sorted), signatureAlgorithm, octets(signature)];
  if (timestamp) fields.push(tagged(1, [attribute(oids.signatureTimeStampToken, fromDer(await timestamp(signature)))]));
  const certificates = [key.certificate, ...key.chain].map((cert) => fromDer(cert.raw));
  const signedData = seq([int(1), set([seq([oid(oids.sha256)])]), seq([oid(oids.data)]), tagged(0, certificates), set([seq(fields)])]);
  return toDer(seq([oid(oids.signedData), tagged(0, [signedData])]));
}

/** Room a signature time-stamp token takes: the TSA's certificate chain and the token's own signature. */
export const TIMESTAMP_ROOM = 12 * 1024;

/** Bytes to reserve for the signature: certificates, the signature value and the CMS framing, with room to spare. */
export function signatureSize(key: SigningKey, timestamped = false): number {
  const certs = [key.certificate, ...key.chain].reduce((sum, cert) => sum + cert.raw.length, 0);
  return Math.ceil((certs + 512 + 1536 + (timestamped ? TIMESTAMP_ROOM : 0)) / 1024) * 1024;
}
