import { weakCertificateAlgorithms } from '../sign/oids.ts';
import { type Certificate, isoTime } from './x509.ts';

/** Smallest RSA modulus accepted for a signature (ETSI TS 119 312 and BSI TR-02102 ask for 2048 bits and more). */
export const MIN_RSA_BITS = 2048;

/**
 * Whether a certificate may carry a document signature made at `times` (the claimed signing time and, when
 * present, the time-stamp's): valid at each, allowed to sign (key usage digitalSignature or nonRepudiation, when
 * the extension restricts it), a key of adequate strength, and issued with SHA-256 or stronger. Returns the first
 * problem in one line, or undefined.
 */
export function signerCertificateProblem(cert: Certificate, times: Date[], who = 'signer'): string | undefined {
  for (const time of times) {
    if (time < cert.notBefore || time > cert.notAfter)
      return `the ${who}'s certificate was not valid at ${isoTime(time)} (valid from ${isoTime(cert.notBefore)} to ${isoTime(cert.notAfter)})`;
  }
  if (cert.keyUsage && !cert.keyUsage.digitalSignature && !cert.keyUsage.nonRepudiation)
    return `the ${who}'s certificate may not sign documents (key usage has neither digitalSignature nor nonRepudiation)`;
  return keyProblem(cert, who) ?? algorithmProblem(cert, who);
}

function keyProblem(cert: Certificate, who: string): string | undefined {
  const key = cert.node.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0;
    return bits < MIN_RSA_BITS ? `the ${who}'s RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required` : undefined;
  }
  if (key.asymmetricKeyType === 'ec') {
    return ['prime256v1', 'secp384r1', 'secp521r1'].includes(details.namedCurve ?? '')
      ? undefined
      : `the ${who}'s EC key uses curve ${details.namedCurve ?? 'unknown'}; P-256 or stronger is required`;
  }
  return `the ${who}'s key type ${key.asymmetricKeyType ?? 'unknown'} is not supported`;
}

function algorithmProblem(cert: Certificate, who: string): string | undefined {
  return weakCertificateAlgorithms.has(cert.signatureAlgorithm)
    ? `the ${who}'s certificate is signed with MD5 or SHA-1; SHA-256 or stronger is required`
    : undefined;
}

/** RFC 3161: a time-stamping authority's certificate carries the id-kp-timeStamping extended key usage. */
export function isTimeStampingCertificate(cert: Certificate, timeStamping: string): boolean {
  return cert.extendedKeyUsage?.includes(timeStamping) === true;
}
