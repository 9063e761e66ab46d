import { existsSync, readFileSync } from 'node:fs';
import { Signer as SignPdfSigner, SignPdf } from '@signpdf/signpdf';
import { cadesDetachedSignature, type SigningKey } from './cms.ts';
import { DEVELOPMENT_COMMON_NAME, developmentFingerprints, developmentKey } from './development.ts';
import { keyFromP12 } from './p12.ts';
import { SigningKeyError } from './signing-key-error.ts';
import { requestTimestamp } from './tsa.ts';
import { signerCertificateProblem } from '../verify/certificate.ts';
import { readCertificate } from '../verify/x509.ts';

/** The key a build signs with, and what the manifest and the PDF's signature say about it. */
export interface DocumentSigner {
  key: SigningKey;
  /** Certificate subject, one RDN per line as Node prints it ("CN=...\nO=..."). */
  subject: string;
  /** Common name, for the signature's /Name. */
  commonName: string;
  /** Lower-case hex SHA-256 of the certificate. */
  fingerprint: string;
  /** True for the generated development certificate: such PDFs are not valid for contracts. */
  development: boolean;
}

/** The real signing key, as the command line found it (SIGNING_P12 and SIGNING_P12_PASSWORD). */
export interface SigningConfig {
  /** A PKCS#12 file: its path, or its bytes in base64. */
  p12?: string;
  password?: string;
  /** RFC 3161 time-stamping authority for PAdES B-T signatures (SIGNING_TSA_URL), http(s) only. */
  tsaUrl?: string;
}

export interface SignerOptions {
  /** The project's cache folder; the development key lives in `<cacheDir>/signing/`. */
  cacheDir: string;
  signing: SigningConfig;
  /** A release build signs only with a real key, and fails without one. */
  release: boolean;
  /** Organisation named in a generated development certificate. */
  organisation: string;
  /**
   * The time the documents are signed at (the build date). The certificate must be fit to sign then, by the same
   * check `verify` makes, or every PDF the build publishes would be refused as invalid.
   */
  signingTime?: Date;
}

/**
 * Chooses the signing key: the PKCS#12 from the environment when given; otherwise, outside a release, the
 * development key. A release build without a real key, or with the development certificate, fails closed.
 * Error messages never echo the variable's value.
 */
export function loadSigner(options: SignerOptions): DocumentSigner {
  const source = options.signing.p12?.trim();
  if (!source) {
    if (options.release) {
      throw new SigningKeyError(
        'a release build needs a real signing key: set SIGNING_P12 (path to, or base64 of, a PKCS#12 file) and SIGNING_P12_PASSWORD; refusing to sign with a development certificate',
      );
    }
    return describe(developmentKey(options.cacheDir, options.organisation), true);
  }
  const key = keyFromP12(readP12(source), options.signing.password ?? '');
  if (options.signingTime) {
    const problem = signerCertificateProblem(readCertificate(key.certificate.raw), [options.signingTime]);
    if (problem) throw new SigningKeyError(`SIGNING_P12 cannot sign documents that verify: ${problem}`);
  }
  const signer = describe(key, developmentFingerprints(options.cacheDir).has(fingerprintOf(key)));
  // The name is no proof either way, but a certificate that calls itself a development one never signs a release.
  if (options.release && (signer.development || signer.commonName.includes(DEVELOPMENT_COMMON_NAME))) {
    throw new SigningKeyError(`SIGNING_P12 holds a development certificate (from .cache/signing/): a release build needs a real one`);
  }
  return signer;
}

function readP12(source: string): Buffer {
  if (existsSync(source)) return readFileSync(source);
  if (/^[A-Za-z0-9+/=\s]+$/.test(source) && source.length > 100) return Buffer.from(source, 'base64');
  throw new SigningKeyError('SIGNING_P12 is neither an existing file nor base64 of a PKCS#12 file');
}

const fingerprintOf = (key: SigningKey) => key.certificate.fingerprint256.replace(/:/g, '').toLowerCase();

/** What a build says about its key. `development`: the key is one of the project's generated development keys. */
export function describe(key: SigningKey, development: boolean): DocumentSigner {
  const subject = key.certificate.subject;
  const commonName = /^CN=(.*)$/m.exec(subject)?.[1] ?? subject.split('\n')[0] ?? '';
  return { key, subject, commonName, fingerprint: fingerprintOf(key), development };
}

/** Adapts our CAdES signer to @signpdf, which finds the placeholder, computes the byte range and fills it in. */
class CadesSigner extends SignPdfSigner {
  readonly #key: SigningKey;
  readonly #tsaUrl: string | undefined;
  constructor(key: SigningKey, tsaUrl: string | undefined) {
    super();
    this.#key = key;
    this.#tsaUrl = tsaUrl;
  }
  override async sign(pdf: Buffer): Promise<Buffer> {
    const url = this.#tsaUrl;
    return cadesDetachedSignature(pdf, this.#key, url ? (value) => requestTimestamp(value, { url }) : undefined);
  }
}

export interface SignOptions {
  /** An RFC 3161 time-stamping authority: the signature gets its time-stamp (PAdES B-T). Without it, B-B. */
  tsaUrl?: string;
}

/**
 * Signs a PDF that carries a placeholder (see `addSignaturePlaceholder`). Deterministic without a time-stamping
 * authority (RSA PKCS#1 v1.5); a time-stamp carries the authority's clock and nonce, so with one it is not.
 */
export async function signPdf(pdf: Uint8Array, signer: DocumentSigner, options: SignOptions = {}): Promise<Buffer> {
  return new SignPdf().sign(Buffer.from(pdf), new CadesSigner(signer.key, options.tsaUrl));
}
