import { createHash, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import forge from 'node-forge';
import { keyFromP12 } from './p12.ts';
import type { SigningKey } from './cms.ts';

/** Common name of the development certificate: no one can mistake a PDF signed with it for a real one. */
export const DEVELOPMENT_COMMON_NAME = 'Development signature - NOT VALID FOR CONTRACTS';

/** Not a secret: it only keeps tools that refuse empty passwords happy. The file stays in the git-ignored cache. */
const PASSWORD = 'development';

/** One key file per organisation, so builds of different content (tests, fixtures) never replace each other's key. */
export const developmentKeyPath = (cacheDir: string, organisation: string) =>
  join(cacheDir, 'signing', `development-${createHash('sha256').update(organisation).digest('hex').slice(0, 12)}.p12`);

/** The public certificate beside each key (`.crt`, PEM), so verifying never needs to open the key file. */
const certificatePath = (keyPath: string) => keyPath.replace(/\.p12$/, '.crt');

/**
 * The development signing key: generated once (RSA 3072, self-signed) into `.cache/signing/`, which git ignores,
 * and reused by later builds so that their signed output stays reproducible.
 */
export function developmentKey(cacheDir: string, organisation: string): SigningKey {
  const path = developmentKeyPath(cacheDir, organisation);
  try {
    const key = keyFromP12(readFileSync(path), PASSWORD);
    if (key.certificate.subject.split('\n').includes(`O=${organisation}`)) {
      if (!existsSync(certificatePath(path))) writeFileSync(certificatePath(path), key.certificate.toString());
      return key;
    }
  } catch {
    // Missing or unreadable: make a new one.
  }
  const p12 = createDevelopmentP12(organisation);
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, p12, { mode: 0o600 });
  renameSync(temp, path);
  const key = keyFromP12(p12, PASSWORD);
  writeFileSync(certificatePath(path), key.certificate.toString());
  return key;
}

/**
 * SHA-256 fingerprints of this project's development certificates (every key in `<cacheDir>/signing/`). A
 * development signature is recognised by these, never by its name: anyone can put "Development" in a certificate,
 * or take it out. Keys made before certificates were written beside them are opened instead.
 */
export function developmentFingerprints(cacheDir: string): Set<string> {
  const dir = join(cacheDir, 'signing');
  const out = new Set<string>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /^development-[0-9a-f]+\.p12$/.test(name));
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const crt = certificatePath(path);
      const certificate = existsSync(crt) ? new X509Certificate(readFileSync(crt)) : keyFromP12(readFileSync(path), PASSWORD).certificate;
      out.add(certificate.fingerprint256.replace(/:/g, '').toLowerCase());
    } catch {
      // An unreadable file identifies nothing.
    }
  }
  return out;
}

/** A self-signed RSA 3072 certificate and key as PKCS#12; exported for tests that need a throwaway key. */
export function createDevelopmentP12(organisation: string, password = PASSWORD, commonName = DEVELOPMENT_COMMON_NAME): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive serial: the top bit of the first byte clear.
  cert.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  // Fixed validity, wide enough for any build date, so the certificate is valid at every /M it signs with.
  cert.validity.notBefore = new Date('2000-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2049-12-31T23:59:59Z');
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: organisation },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256', friendlyName: 'development signing key' });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}
