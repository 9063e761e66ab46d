import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSignedDocument } from '../../src/pdf/render.ts';
import { createDevelopmentP12, developmentKeyPath } from '../../src/pdf/sign/development.ts';
import { SigningKeyError } from '../../src/pdf/sign/signing-key-error.ts';
import { type DocumentSigner, loadSigner } from '../../src/pdf/sign/signer.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/verify.ts';
import { annexII, BUILD_DATE, draftAnnexII } from './fixtures.ts';
import { tool } from './poppler.ts';

// Test keys are made here, at test time, in a temporary folder: no key material lives in the repository.
const dir = mkdtempSync(join(tmpdir(), 'pdf-sign-'));
const p12Path = join(dir, 'test-signer.p12');
const signing = { p12: p12Path, password: 'test-password' };
let signer: DocumentSigner;
let signed: Buffer;
const signedPath = join(dir, 'signed.pdf');

const write = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const pdfsig = (path: string) => tool('pdfsig', [path]).stdout;

beforeAll(async () => {
  writeFileSync(p12Path, createDevelopmentP12('Example Security GmbH', 'test-password', 'Test signer (tests only)'));
  signer = loadSigner({ cacheDir: join(dir, '.cache'), signing, release: true, organisation: 'Example Security GmbH' });
  signed = (await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer })).bytes as Buffer;
  writeFileSync(signedPath, signed);
});

describe('a signed document', () => {
  it('verifies in our own code and states what it is', async () => {
    const report = await verifyPdf(signed);
    expect(report.problem).toBeUndefined();
    expect(report.ok).toBe(true);
    const [signature] = report.signatures;
    expect(signature!.coversWholeFile).toBe(true);
    expect(signature!.subFilter).toBe('ETSI.CAdES.detached');
    expect(signature!.signingTime).toBe('2025-03-01T12:00:00Z');
    expect(signature!.certificateBound).toBe(true);
    expect(signature!.signer!.fingerprint).toBe(signer.fingerprint);
    expect(signature!.reason).toBe('Annex II, version 1.0.0, issued by Example Security GmbH');
    expect(report.document).toMatchObject({ id: 'annex-ii', version: '1.0.0', status: 'released', contentHash: annexII().hash });
    expect(report.development).toBe(false);
  });

  it('is valid for poppler and covers the whole document', () => {
    const out = pdfsig(signedPath);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
    expect(out).toContain('Signing Time: Mar 01 2025 12:00:00');
  });

  it('is reproducible: the same content, date and key give the same signed bytes', async () => {
    const again = (await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer })).bytes;
    expect(Buffer.compare(Buffer.from(again), signed)).toBe(0);
  });

  it('holds the certificate but never the private key', () => {
    const pkcs8 = signer.key.privateKey.export({ type: 'pkcs8', format: 'der' });
    expect(signed.includes(pkcs8.subarray(pkcs8.length - 64))).toBe(false);
    expect(signed.includes(signer.key.certificate.raw.subarray(0, 64).toString('hex'))).toBe(true);
  });
});

describe('tampering', () => {
  it('fails on one flipped byte, in our code and in pdfsig', async () => {
    const copy = Buffer.from(signed);
    // A byte of the uncompressed XMP packet: the file still parses, so poppler gets as far as the digest.
    const at = copy.indexOf('<pdfaid:part>2') + '<pdfaid:part>'.length;
    copy[at] = copy[at]! ^ 0x01;
    const report = await verifyPdf(copy);
    expect(report.ok).toBe(false);
    expect(report.problem).toBe('digest mismatch: the signed bytes were changed after signing');
    expect(pdfsig(write('flipped.pdf', copy))).toContain('Digest Mismatch.');
  });

  it('fails on bytes appended after signing, in our code and in pdfsig', async () => {
    const copy = Buffer.concat([signed, Buffer.from('\n% appended\n')]);
    const report = await verifyPdf(copy);
    expect(report.ok).toBe(false);
    expect(report.problem).toBe('12 bytes were added after the signed part of the file');
    const out = pdfsig(write('appended.pdf', copy));
    expect(out).toContain('Not total document signed');
  });

  it('fails when the signature value itself is altered', async () => {
    const copy = Buffer.from(signed);
    const contents = copy.indexOf('/Contents <') + '/Contents <'.length;
    // Inside the RSA signature value, which ends the CMS structure (before its zero padding). Another hex digit,
    // never the same digit in another case, which would leave the bytes as they were.
    const at = copy.indexOf('0000000000', contents) - 20;
    copy[at] = copy[at] === 0x31 ? 0x32 : 0x31;
    const report = await verifyPdf(copy);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatch(/does not verify|cannot be parsed/);
    expect(pdfsig(write('badsig.pdf', copy))).not.toContain('Signature is Valid.');
  });

  it('fails when the zero padding after the signature value is changed', async () => {
    const copy = Buffer.from(signed);
    const padding = copy.indexOf('0000000000', copy.indexOf('/Contents <')) + 4;
    copy[padding] = 0x31; // '0' -> '1'
    const report = await verifyPdf(copy);
    expect(report.problem).toBe('the signature value was altered: data follows the CMS structure');
  });

  it('fails when the signature value is stripped (zeroed), in our code and in pdfsig', async () => {
    const copy = Buffer.from(signed);
    const open = copy.indexOf('/Contents <') + '/Contents <'.length;
    copy.fill('0', open, copy.indexOf('>', open), 'latin1');
    const report = await verifyPdf(copy);
    expect(report.problem).toBe('the signature value is empty: never signed, or the signature was removed');
    expect(pdfsig(write('stripped.pdf', copy))).not.toContain('Signature is Valid.');
  });

  it('fails on an unsigned file', async () => {
    const report = await verifyPdf(readFileSync(signedPath).subarray(0, 100));
    expect(report.problem).toBe('the file carries no signature');
  });
});

describe('npm run verify', () => {
  const verify = async (...argv: string[]) => {
    const io = memoryIo({ cwd: dir });
    return { code: await run(argv, io), out: io.out(), err: io.err() };
  };

  it('prints id, version, content hash, signing time and certificate; exits 3 while the signer is not trusted', async () => {
    const result = await verify(signedPath);
    expect(result.code).toBe(3);
    expect(result.out).toContain('intact, but the signer is not trusted: CN=Test signer (tests only)');
    expect(result.out).toContain('annex-ii (Annex II), version 1.0.0, released');
    expect(result.out).toContain(annexII().hash);
    expect(result.out).toContain('2025-03-01T12:00:00Z');
    expect(result.out).toContain(signer.fingerprint);
    expect(result.out).toContain('certification, permits form filling and signing; covers the whole file');
  });

  it('exits 0 when the signer is the one the manifest publishes, passed with --trust', async () => {
    const result = await verify('--trust', signer.fingerprint, signedPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain('✔');
  });

  it('exits 1 with a one-line reason for a tampered file', async () => {
    const copy = Buffer.from(signed);
    copy[2000] = copy[2000]! ^ 0x01;
    const result = await verify('--trust', signer.fingerprint, signedPath, write('tampered-cli.pdf', copy));
    expect(result.code).toBe(1);
    expect(result.out.trim().split('\n')).toEqual([
      `✔ ${signedPath}: intact, signed by a trusted certificate: CN=Test signer (tests only), O=Example Security GmbH`,
      `✘ ${join(dir, 'tampered-cli.pdf')}: TAMPERED OR INVALID: digest mismatch: the signed bytes were changed after signing`,
      '2 files: 1 trusted, 0 intact but not trusted, 1 tampered or invalid',
    ]);
    expect(result.err).toBe('');
  });

  it('runs as `node scripts/verify.ts`, the one-line entry point', () => {
    const result = spawnSync(process.execPath, ['scripts/verify.ts', '--trust', signer.fingerprint, signedPath], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('intact, signed by a trusted certificate');
  });
});

describe('drafts', () => {
  it('are signed only as drafts: the reason says so', async () => {
    const draft = (await renderSignedDocument(draftAnnexII(), { buildDate: BUILD_DATE, signer })).bytes;
    const report = await verifyPdf(draft);
    expect(report.ok).toBe(true);
    expect(report.signatures[0]!.reason).toBe('DRAFT – not for execution');
    expect(report.document.status).toBe('draft');
    expect(pdfsig(write('draft.pdf', draft))).toContain('Signature is Valid.');
  });
});

describe('choosing the key', () => {
  it('fails closed in a release build without a real key', () => {
    expect(() => loadSigner({ cacheDir: join(dir, '.cache'), signing: {}, release: true, organisation: 'X' })).toThrow(SigningKeyError);
    expect(() => loadSigner({ cacheDir: join(dir, '.cache'), signing: {}, release: true, organisation: 'X' })).toThrow(
      /release build needs a real signing key: set SIGNING_P12/,
    );
  });

  it('generates a development certificate once, in the git-ignored cache, and reuses it', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-devkey-'));
    const first = loadSigner({ cacheDir: join(root, '.cache'), signing: {}, release: false, organisation: 'Example Security GmbH' });
    expect(existsSync(developmentKeyPath(join(root, '.cache'), 'Example Security GmbH'))).toBe(true);
    expect(developmentKeyPath(join(root, '.cache'), 'Example Security GmbH')).toContain(join('.cache', 'signing'));
    expect(first.development).toBe(true);
    expect(first.subject).toContain('CN=Development signature - NOT VALID FOR CONTRACTS');
    expect(first.subject).toContain('O=Example Security GmbH');
    const second = loadSigner({ cacheDir: join(root, '.cache'), signing: {}, release: false, organisation: 'Example Security GmbH' });
    expect(second.fingerprint).toBe(first.fingerprint);
    // A release build refuses it even when it is passed in explicitly.
    expect(() =>
      loadSigner({
        cacheDir: join(root, '.cache'),
        signing: { p12: developmentKeyPath(join(root, '.cache'), 'Example Security GmbH'), password: 'development' },
        release: true,
        organisation: 'X',
      }),
    ).toThrow(/development certificate/);
  });

  it('accepts SIGNING_P12 as base64, and names a wrong password without echoing it', () => {
    const base64 = readFileSync(p12Path).toString('base64');
    expect(
      loadSigner({ cacheDir: join(dir, '.cache'), signing: { p12: base64, password: 'test-password' }, release: true, organisation: 'X' })
        .fingerprint,
    ).toBe(signer.fingerprint);
    let message = '';
    try {
      loadSigner({ cacheDir: join(dir, '.cache'), signing: { p12: p12Path, password: 'hunter2' }, release: true, organisation: 'X' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('cannot open the signing key: wrong password (SIGNING_P12_PASSWORD)');
    expect(message).not.toContain('hunter2');
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!hasOpenssl)('opens a PKCS#12 made by OpenSSL 3 with its defaults (AES-256, PBKDF2)', () => {
    const key = join(dir, 'openssl.key');
    const cert = join(dir, 'openssl.crt');
    const p12 = join(dir, 'openssl.p12');
    const ok = (args: string[]) => expect(spawnSync('openssl', args, { encoding: 'utf8' }).status).toBe(0);
    ok([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=OpenSSL test signer/O=Example',
    ]);
    ok(['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', 'pass:secret']);
    const openssl = loadSigner({
      cacheDir: join(dir, '.cache'),
      signing: { p12: p12, password: 'secret' },
      release: true,
      organisation: 'X',
    });
    expect(openssl.commonName).toBe('OpenSSL test signer');
  });
});
