import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { SigningKey } from './cms.ts';
import { SigningKeyError } from './signing-key-error.ts';

const bagTypes = {
  shroudedKey: forge.pki.oids.pkcs8ShroudedKeyBag as string,
  key: forge.pki.oids.keyBag as string,
  cert: forge.pki.oids.certBag as string,
};

/**
 * Opens a PKCS#12 file: the private key and the certificate that matches it, plus any other certificates as the
 * chain. RSA keys only (node-forge cannot open EC keys inside PKCS#12).
 */
export function keyFromP12(p12: Uint8Array, password: string): SigningKey {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    parsed = forge.pkcs12.pkcs12FromAsn1(der, false, password);
  } catch (error) {
    const reason =
      error instanceof Error && /MAC|password|decrypt/i.test(error.message)
        ? 'wrong password (SIGNING_P12_PASSWORD)'
        : 'not a readable PKCS#12 file';
    throw new SigningKeyError(`cannot open the signing key: ${reason}`);
  }
  const bags = (type: string): forge.pkcs12.Bag[] => parsed.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bags(bagTypes.shroudedKey), ...bags(bagTypes.key)];
  const forgeKey = keyBags.find((bag) => bag.key)?.key;
  if (!forgeKey) throw new SigningKeyError('the PKCS#12 file holds no RSA private key');
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(forgeKey));
  const certificates = bags(bagTypes.cert)
    .filter((bag) => bag.cert)
    .map((bag) => new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert!)).getBytes(), 'binary')));
  const publicDer = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const certificate = certificates.find((cert) => cert.publicKey.export({ type: 'spki', format: 'der' }).equals(publicDer));
  if (!certificate) throw new SigningKeyError('the PKCS#12 file holds no certificate for its private key');
  return { certificate, chain: certificates.filter((cert) => cert !== certificate), privateKey };
}
