import { createHash, verify, X509Certificate } from 'node:crypto';
import { oids } from '../sign/oids.ts';
import { children, content, type DerNode, oidOf, readDer, whole } from './der.ts';

/** What a detached CMS signature says, and whether it holds for the signed bytes. */
export interface CmsCheck {
  /** Empty when the signature holds; otherwise why not, in one line. */
  problem?: string;
  certificate?: X509Certificate;
  /** True when the signer's certificate is bound by an ESS signing-certificate(-v2) attribute (PAdES B-B). */
  certificateBound: boolean;
}

const SEQUENCE = 0x30;
const SET = 0x31;
const CONTEXT_0 = 0xa0;

/**
 * Checks a detached CMS SignedData against the digest of the signed byte ranges: the message-digest attribute
 * must equal the digest, and the signature over the signed attributes (as the DER SET they were signed as) must
 * verify with the public key of the certificate the SignerInfo names.
 */
export function checkCms(der: Uint8Array, signedDigest: Buffer, signedBytes: () => Buffer): CmsCheck {
  const root = readDer(der);
  const [type, explicit] = children(der, root);
  if (!type || !explicit || oidOf(der, type) !== oids.signedData)
    return { problem: 'the signature is not a CMS SignedData', certificateBound: false };
  const signedData = children(der, explicit)[0]!;
  const parts = children(der, signedData);
  const certificates = parts.filter((p) => p.tag === CONTEXT_0).flatMap((p) => children(der, p));
  const signerInfos = parts[parts.length - 1]!;
  const signerInfo = children(der, signerInfos)[0];
  if (!signerInfo) return { problem: 'the signature has no signer', certificateBound: false };

  const fields = children(der, signerInfo);
  const [, sid, digestAlgorithm] = fields;
  const signedAttrs = fields.find((f) => f.tag === CONTEXT_0);
  const afterAttrs = fields.slice(signedAttrs ? fields.indexOf(signedAttrs) + 1 : 3);
  const [signatureAlgorithm, signatureValue] = afterAttrs;
  if (!sid || !digestAlgorithm || !signatureAlgorithm || !signatureValue)
    return { problem: 'the SignerInfo is incomplete', certificateBound: false };
  if (oidOf(der, children(der, digestAlgorithm)[0]!) !== oids.sha256)
    return { problem: 'the signature does not use SHA-256', certificateBound: false };

  const certificate = findSigner(der, certificates, sid);
  if (!certificate) return { problem: 'the certificate of the signer is not in the signature', certificateBound: false };

  let certificateBound = false;
  let message: Buffer;
  if (signedAttrs) {
    const attrs = attributes(der, signedAttrs);
    const digest = attrs.get(oids.messageDigest);
    if (!digest || !Buffer.from(content(der, digest)).equals(signedDigest)) {
      return { problem: 'digest mismatch: the signed bytes were changed after signing', certificate, certificateBound };
    }
    const ess = attrs.get(oids.signingCertificateV2);
    certificateBound = ess !== undefined && essHash(der, ess)?.equals(createHash('sha256').update(certificate.raw).digest()) === true;
    // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
    message = Buffer.from(whole(der, signedAttrs));
    message[0] = SET;
  } else {
    message = signedBytes();
  }
  const algorithm = oidOf(der, children(der, signatureAlgorithm)[0]!);
  if (![oids.rsaEncryption, oids.sha256WithRSAEncryption, oids.ecdsaWithSHA256].includes(algorithm as never)) {
    return { problem: `unsupported signature algorithm ${algorithm}`, certificate, certificateBound };
  }
  const valid = verify('sha256', message, certificate.publicKey, Buffer.from(content(der, signatureValue)));
  if (!valid) return { problem: 'the signature does not verify with the signer certificate', certificate, certificateBound };
  return { certificate, certificateBound };
}

/** Signed attributes by type: the first value of each. */
function attributes(der: Uint8Array, signedAttrs: DerNode): Map<string, DerNode> {
  const out = new Map<string, DerNode>();
  for (const attr of children(der, signedAttrs)) {
    const [type, values] = children(der, attr);
    if (type && values) {
      const first = children(der, values)[0];
      if (first) out.set(oidOf(der, type), first);
    }
  }
  return out;
}

/** certHash of the first ESSCertIDv2 in a SigningCertificateV2 (its hash algorithm must be the SHA-256 default). */
function essHash(der: Uint8Array, value: DerNode): Buffer | undefined {
  const certs = children(der, value)[0];
  const first = certs && children(der, certs)[0];
  if (!first) return undefined;
  const parts = children(der, first);
  const hashAt = parts[0]?.tag === SEQUENCE ? 1 : 0;
  if (hashAt === 1 && oidOf(der, children(der, parts[0]!)[0]!) !== oids.sha256) return undefined;
  const hash = parts[hashAt];
  return hash ? Buffer.from(content(der, hash)) : undefined;
}

/** The certificate whose issuer and serial number the SignerInfo names. */
function findSigner(der: Uint8Array, certificates: DerNode[], sid: DerNode): X509Certificate | undefined {
  if (sid.tag !== SEQUENCE) return undefined;
  const [issuer, serial] = children(der, sid);
  if (!issuer || !serial) return undefined;
  for (const cert of certificates) {
    const tbs = children(der, children(der, cert)[0]!);
    const offset = tbs[0]!.tag === CONTEXT_0 ? 1 : 0;
    const certSerial = tbs[offset]!;
    const certIssuer = tbs[offset + 2]!;
    if (
      Buffer.from(whole(der, certIssuer)).equals(whole(der, issuer)) &&
      Buffer.from(content(der, certSerial)).equals(content(der, serial))
    ) {
      return new X509Certificate(Buffer.from(whole(der, cert)));
    }
  }
  return undefined;
}
