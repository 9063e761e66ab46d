import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { SigningKey } from '../../src/pdf/sign/cms.ts';
import { type DocumentSigner, describe } from '../../src/pdf/sign/signer.ts';

/**
 * Keys and certificates made at test time (never committed): any shape a test needs, including the broken ones
 * a verifier must refuse. RSA 2048 by default, self-signed unless `issuer` is given.
 */
export interface CertSpec {
  commonName: string;
  organisation?: string;
  bits?: number;
  /** Key usage bits; `false` leaves the extension out. Default digitalSignature + nonRepudiation. */
  keyUsage?: { digitalSignature?: boolean; nonRepudiation?: boolean; keyCertSign?: boolean } | false;
  extKeyUsage?: { timeStamping?: boolean };
  ca?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  hash?: 'sha1' | 'sha256';
  issuer?: TestKey;
}

export interface TestKey {
  key: SigningKey;
  signer: DocumentSigner;
  /** The certificate as PEM, for `--trust <file>`. */
  pem: string;
  forgeKey: forge.pki.rsa.PrivateKey;
  forgeCert: forge.pki.Certificate;
}

export function testKey(spec: CertSpec): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: spec.bits ?? 2048 });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  cert.validity.notBefore = spec.notBefore ?? new Date('2000-01-01T00:00:00Z');
  cert.validity.notAfter = spec.notAfter ?? new Date('2049-12-31T23:59:59Z');
  const subject = [
    { name: 'commonName', value: spec.commonName },
    { name: 'organizationName', value: spec.organisation ?? 'Test' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer ? spec.issuer.forgeCert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: spec.ca === true, critical: spec.ca === true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (spec.keyUsage !== false)
    extensions.push({ name: 'keyUsage', critical: true, ...(spec.keyUsage ?? { digitalSignature: true, nonRepudiation: true }) });
  if (spec.extKeyUsage?.timeStamping) extensions.push({ name: 'extKeyUsage', critical: true, timeStamping: true });
  cert.setExtensions(extensions);
  const md = spec.hash === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create();
  cert.sign(spec.issuer?.forgeKey ?? forgeKey, md);
  return fromForge(cert, forgeKey, spec.issuer ? [spec.issuer.key.certificate] : []);
}

/**
 * The same key with its certificate's DER changed by `patch` and signed again by its own key: a certificate that
 * was issued that way, not one altered after signing (such as one with a malformed validity date).
 */
export function reissued(base: TestKey, patch: (der: Buffer) => void): TestKey {
  const asn = forge.pki.certificateToAsn1(base.forgeCert);
  const parts = asn.value as forge.asn1.Asn1[];
  const tbs = Buffer.from(forge.asn1.toDer(parts[0]!).getBytes(), 'binary');
  patch(tbs);
  const md = forge.md.sha256.create();
  md.update(tbs.toString('binary'));
  const signature = base.forgeKey.sign(md);
  parts[0] = forge.asn1.fromDer(tbs.toString('binary'));
  parts[2] = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.BITSTRING, false, `\u0000${signature}`);
  const der = Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
  const certificate = new X509Certificate(der);
  const key = { certificate, chain: [], privateKey: base.key.privateKey };
  return { ...base, key, signer: describe(key, false), pem: certificate.toString() };
}

function fromForge(cert: forge.pki.Certificate, forgeKey: forge.pki.rsa.PrivateKey, chain: X509Certificate[]): TestKey {
  const pem = forge.pki.certificateToPem(cert);
  const key: SigningKey = {
    certificate: new X509Certificate(pem),
    chain,
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(forgeKey)),
  };
  return { key, signer: describe(key, false), pem, forgeKey, forgeCert: cert };
}
