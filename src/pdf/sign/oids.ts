/** Object identifiers of the CMS and PAdES structures the signer writes and the verifier reads. */
export const oids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** ESS signing-certificate (RFC 2634, SHA-1 hash): what many time-stamping authorities still write. */
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  /** ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into the signed attributes (PAdES B-B). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** Unsigned attribute holding an RFC 3161 time-stamp token over the signature value (PAdES B-T). */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  /** Content type of an RFC 3161 token's encapsulated TSTInfo. */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  md5WithRSAEncryption: '1.2.840.113549.1.1.4',
  sha1WithRSAEncryption: '1.2.840.113549.1.1.5',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  sha384WithRSAEncryption: '1.2.840.113549.1.1.12',
  sha512WithRSAEncryption: '1.2.840.113549.1.1.13',
  ecdsaWithSHA1: '1.2.840.10045.4.1',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  extendedKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  /** id-kp-timeStamping: the only purpose a time-stamping authority's certificate may serve (RFC 3161). */
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

/** Digest algorithms a signature may use, by OID, with Node's name: SHA-256 or stronger. */
export const strongDigests: Readonly<Record<string, 'sha256' | 'sha384' | 'sha512'>> = {
  [oids.sha256]: 'sha256',
  [oids.sha384]: 'sha384',
  [oids.sha512]: 'sha512',
};

/** Signature algorithms the verifier accepts, with the digest each implies (undefined: the SignerInfo's digest). */
export const signatureAlgorithms: Readonly<Record<string, 'sha256' | 'sha384' | 'sha512' | undefined>> = {
  [oids.rsaEncryption]: undefined,
  [oids.sha256WithRSAEncryption]: 'sha256',
  [oids.sha384WithRSAEncryption]: 'sha384',
  [oids.sha512WithRSAEncryption]: 'sha512',
  [oids.ecdsaWithSHA256]: 'sha256',
  [oids.ecdsaWithSHA384]: 'sha384',
  [oids.ecdsaWithSHA512]: 'sha512',
};

/** Certificate signature algorithms too weak to rely on (MD5, SHA-1). */
export const weakCertificateAlgorithms: ReadonlySet<string> = new Set([
  oids.md5WithRSAEncryption,
  oids.sha1WithRSAEncryption,
  oids.ecdsaWithSHA1,
]);
