import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/verify.ts';
import { renderSignedDocument } from '../../src/pdf/render.ts';
import { DEVELOPMENT_COMMON_NAME } from '../../src/pdf/sign/development.ts';
import { type DocumentSigner, loadSigner } from '../../src/pdf/sign/signer.ts';
import { readDer } from '../../src/pdf/verify/der.ts';
import { parseSignedData } from '../../src/pdf/verify/signed-data.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { annexII, BUILD_DATE } from './fixtures.ts';
import { type TestKey, testKey } from './keys.ts';
import { tool } from './poppler.ts';

// Every key is made here, at test time. The project root of these tests is a temporary folder whose
// .cache/signing/ holds the development key, as a checkout's would.
const root = mkdtempSync(join(tmpdir(), 'pdf-verify-'));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(root, name);
  writeFileSync(path, bytes);
  return path;
};
const sign = async (signer: DocumentSigner) =>
  Buffer.from((await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer })).bytes);
async function verify(...argv: string[]) {
  const io = memoryIo({ cwd: root });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err(), lines: io.out().trimEnd().split('\n') };
}

let development: DocumentSigner;
let developmentSigned: Buffer;
let unrelated: TestKey;
let unrelatedSigned: Buffer;

beforeAll(async () => {
  development = loadSigner({ cacheDir: join(root, '.cache'), signing: {}, release: false, organisation: 'Example Security GmbH' });
  developmentSigned = await sign(development);
  unrelated = testKey({ commonName: 'Unrelated signer', organisation: 'Somebody Else Ltd' });
  unrelatedSigned = await sign(unrelated.signer);
  file('development.pdf', developmentSigned);
  file('unrelated.pdf', unrelatedSigned);
  file('unrelated.pem', Buffer.from(unrelated.pem));
});

/** Where the (first) embedded certificate's hex digits sit inside /Contents. */
function certificateHex(pdf: Buffer): { start: number; end: number } {
  const text = pdf.toString('latin1');
  const open = text.indexOf('/Contents <') + '/Contents <'.length;
  const value = Buffer.from(text.slice(open, text.indexOf('>', open)), 'hex');
  const certificate = parseSignedData(value.subarray(0, readDer(value).end)).certificates[0]!;
  const at = value.indexOf(certificate);
  return { start: open + 2 * at, end: open + 2 * (at + certificate.length) };
}

describe('a certificate edited after signing', () => {
  it('fails as tampered when the development certificate is renamed to a production one inside /Contents', async () => {
    const copy = Buffer.from(developmentSigned);
    const { start, end } = certificateHex(copy);
    const original = Buffer.from(DEVELOPMENT_COMMON_NAME).toString('hex');
    const forged = 'Example Corp. Contract Signing Key - PRODUCTION';
    expect(forged).toHaveLength(DEVELOPMENT_COMMON_NAME.length);
    // The subject follows the issuer in the certificate: its CN is the last occurrence.
    const at = copy.toString('latin1').lastIndexOf(original, end);
    expect(at).toBeGreaterThan(start);
    copy.write(Buffer.from(forged).toString('hex'), at, 'latin1');

    const report = await verifyPdf(copy, { development: new Set([development.fingerprint]) });
    expect(report.verdict).toBe('invalid');
    expect(report.problem).toBe("the signer's certificate is not the one the signature binds: it was replaced or altered after signing");
    expect(report.development).toBe(false);
    const result = await verify(file('renamed.pdf', copy));
    expect(result.code).toBe(1);
    expect(result.lines[0]).toBe(`✘ ${join(root, 'renamed.pdf')}: TAMPERED OR INVALID: ${report.problem}`);
    expect(result.out).not.toContain('development certificate');
  });

  it('rejects every random edit inside the certificate in the CMS', async () => {
    // A seeded generator: a failure names its trial and replays exactly.
    let seed = 20251001;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const { start, end } = certificateHex(developmentSigned);
    const trials = 400;
    for (let trial = 0; trial < trials; trial++) {
      const copy = Buffer.from(developmentSigned);
      const at = start + Math.floor(random() * (end - start));
      const old = Number.parseInt(String.fromCharCode(copy[at]!), 16);
      // A different nibble value: the certificate's bytes always change (a case change would leave them equal).
      const digit = (old + 1 + Math.floor(random() * 15)) % 16;
      copy[at] = digit.toString(16).charCodeAt(0);
      const report = await verifyPdf(copy);
      expect(report.ok, `trial ${trial}: hex digit ${at - start} of the certificate -> ${digit.toString(16)}`).toBe(false);
    }
  });
});

describe('who signed, and should I trust it', () => {
  it('recognises the development certificate by its fingerprint: intact, not trusted, exit 3', async () => {
    const result = await verify(join(root, 'development.pdf'));
    expect(result.code).toBe(3);
    expect(result.lines[0]).toMatch(
      /^! .*development\.pdf: intact, but signed with this project's development certificate: NOT VALID FOR CONTRACTS$/,
    );
    expect(result.out).toContain(`SHA-256 ${development.fingerprint} (this project's development certificate, not trusted)`);
    // Not even when someone names it as a trust anchor.
    expect((await verify('--trust', development.fingerprint, join(root, 'development.pdf'))).code).toBe(3);
  });

  it('never by its name: a stranger calling itself "Development signature" is just an untrusted signer', async () => {
    const impostor = testKey({ commonName: DEVELOPMENT_COMMON_NAME, organisation: 'Example Security GmbH' });
    const result = await verify(file('impostor.pdf', await sign(impostor.signer)));
    expect(result.code).toBe(3);
    expect(result.lines[0]).toContain(`intact, but the signer is not trusted: CN=${DEVELOPMENT_COMMON_NAME}`);
    expect(result.out).not.toContain("this project's development certificate");
  });

  it('reports a PDF signed by an unrelated self-signed certificate as intact, signer not trusted, with exit code 3', async () => {
    const report = await verifyPdf(unrelatedSigned);
    expect(report).toMatchObject({ ok: true, verdict: 'untrusted', development: false });
    const result = await verify(join(root, 'unrelated.pdf'));
    expect(result.code).toBe(3);
    expect(result.lines[0]).toBe(
      `! ${join(root, 'unrelated.pdf')}: intact, but the signer is not trusted: CN=Unrelated signer, O=Somebody Else Ltd (SHA-256 ${unrelated.signer.fingerprint})`,
    );
  });

  it('trusts the signer named by --trust: its fingerprint, with or without colons, or its certificate file', async () => {
    const colons = unrelated.signer.fingerprint.toUpperCase().replace(/(..)(?=.)/g, '$1:');
    for (const anchor of [unrelated.signer.fingerprint, colons, 'unrelated.pem']) {
      const result = await verify('--trust', anchor, 'unrelated.pdf');
      expect(result.code, anchor).toBe(0);
      expect(result.lines[0]).toBe('✔ unrelated.pdf: intact, signed by a trusted certificate: CN=Unrelated signer, O=Somebody Else Ltd');
    }
    expect((await verify('--trust', development.fingerprint, 'unrelated.pdf')).code).toBe(3);
  });

  it('trusts a signer through the CA that issued it', async () => {
    const ca = testKey({ commonName: 'Test Signing CA', ca: true, keyUsage: { keyCertSign: true } });
    const leaf = testKey({ commonName: 'Contract signing key', organisation: 'Example Security GmbH', issuer: ca });
    const path = file('ca-issued.pdf', await sign(leaf.signer));
    file('ca.pem', Buffer.from(ca.pem));
    expect((await verify('--trust', 'ca.pem', path)).code).toBe(0);
    expect((await verify('--trust', ca.signer.fingerprint, path)).code).toBe(0);
    expect((await verify(path)).code).toBe(3);
  });
});

describe('the signer certificate must be fit to sign', () => {
  const cases: [string, () => TestKey, string][] = [
    [
      'expired before the signing time',
      () => testKey({ commonName: 'Expired', notAfter: new Date('2024-12-31T00:00:00Z') }),
      "the signer's certificate was not valid at 2025-03-01T12:00:00Z (valid from 2000-01-01T00:00:00Z to 2024-12-31T00:00:00Z)",
    ],
    [
      'not allowed to sign',
      () => testKey({ commonName: 'Encipherment only', keyUsage: { keyCertSign: true } }),
      "the signer's certificate may not sign documents (key usage has neither digitalSignature nor nonRepudiation)",
    ],
    [
      'a 1024-bit RSA key',
      () => testKey({ commonName: 'Short key', bits: 1024 }),
      "the signer's RSA key has 1024 bits; at least 2048 are required",
    ],
    [
      'issued with SHA-1',
      () => testKey({ commonName: 'SHA-1', hash: 'sha1' }),
      "the signer's certificate is signed with MD5 or SHA-1; SHA-256 or stronger is required",
    ],
  ];
  for (const [name, make, problem] of cases) {
    it(`fails when the certificate is ${name}`, async () => {
      const report = await verifyPdf(await sign(make().signer));
      expect(report.verdict).toBe('invalid');
      expect(report.problem).toBe(problem);
    });
  }

  it('names a malformed validity date in one line instead of throwing', async () => {
    const base = testKey({ commonName: 'Bad date' });
    const { reissued } = await import('./keys.ts');
    const broken = reissued(base, (tbs) => {
      const at = tbs.indexOf('000101000000Z', 0, 'latin1'); // notBefore 2000-01-01, UTCTime
      tbs.write('001301000000Z', at, 'latin1'); // month 13
    });
    const path = file('bad-date.pdf', await sign(broken.signer));
    const result = await verify(path);
    expect(result.code).toBe(1);
    expect(result.out.trimEnd()).toBe(`✘ ${path}: TAMPERED OR INVALID: the signer's certificate has a malformed validity date`);
    expect(result.err).toBe('');
  });
});

/** The file with its /ByteRange array's text changed by `edit` (to a text of the same length). */
function withByteRange(pdf: Buffer, edit: (range: string) => string): Buffer {
  const text = pdf.toString('latin1');
  const range = /\/ByteRange \[[^\]]*\]/.exec(text)!;
  const edited = edit(range[0]);
  expect(edited).toHaveLength(range[0].length);
  return Buffer.from(text.slice(0, range.index) + edited + text.slice(range.index + range[0].length), 'latin1');
}

describe('malformed input and several files', () => {
  it('gives one line and exit 1 for what is not a signed PDF', async () => {
    const inputs: [string, Uint8Array, string][] = [
      ['random.pdf', Buffer.from('not a pdf at all, just text\n'), 'not a PDF file'],
      ['empty.pdf', Buffer.alloc(0), 'not a PDF file'],
      ['unsigned.pdf', developmentSigned.subarray(0, 400), 'the file carries no signature'],
      [
        'truncated.pdf',
        developmentSigned.subarray(0, developmentSigned.length - 500),
        'the file is shorter than its signature byte range: it was truncated',
      ],
      // Numbers no signer writes, of the same length so that nothing else moves.
      [
        'negative-range.pdf',
        withByteRange(developmentSigned, (range) => range.replace(/ \d/, ' -')),
        'the signature byte range is malformed',
      ],
      [
        'fractional-range.pdf',
        withByteRange(developmentSigned, (range) => range.replace(/\d(\d) /, '.$1 ')),
        'the signature byte range is malformed',
      ],
    ];
    for (const [name, bytes, reason] of inputs) {
      const path = file(name, bytes);
      const result = await verify(path);
      expect(result.code, name).toBe(1);
      expect(result.out.trimEnd().split('\n')[0], name).toBe(`✘ ${path}: TAMPERED OR INVALID: ${reason}`);
      expect(result.err, name).toBe('');
    }
  });

  it('checks every file, one line each, then a summary; the most serious result is the exit code', async () => {
    const tampered = Buffer.from(unrelatedSigned);
    const at = tampered.indexOf('<pdfaid:part>2') + 13;
    tampered[at] = tampered[at]! ^ 1;
    file('tampered.pdf', tampered);
    const result = await verify('--trust', unrelated.signer.fingerprint, 'unrelated.pdf', 'missing.pdf', 'tampered.pdf', 'development.pdf');
    expect(result.lines).toEqual([
      '✔ unrelated.pdf: intact, signed by a trusted certificate: CN=Unrelated signer, O=Somebody Else Ltd',
      '✘ missing.pdf: cannot read the file (ENOENT)',
      '✘ tampered.pdf: TAMPERED OR INVALID: digest mismatch: the signed bytes were changed after signing',
      "! development.pdf: intact, but signed with this project's development certificate: NOT VALID FOR CONTRACTS",
      '4 files: 1 trusted, 1 intact but not trusted, 1 tampered or invalid, 1 unreadable',
    ]);
    expect(result.code).toBe(1);
    expect((await verify('unrelated.pdf', 'missing.pdf')).code).toBe(2);
    expect((await verify('unrelated.pdf', 'development.pdf')).code).toBe(3);
  });

  it('answers usage errors with one line on stderr and exit 2; --help lists the exit codes', async () => {
    expect(await verify()).toMatchObject({ code: 2, out: '' });
    const unknown = await verify('--nope', 'x.pdf');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^verify: Unknown option '--nope'/);
    const badTrust = await verify('--trust', 'no-such.pem', 'unrelated.pdf');
    expect(badTrust).toMatchObject({
      code: 2,
      err: 'verify: --trust no-such.pem: neither a SHA-256 fingerprint nor a readable file (ENOENT)\n',
    });
    const help = await verify('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(
      /Exit codes[\s\S]*1 {2}a file is tampered or invalid[\s\S]*3 {2}every file intact, but a signer is not trusted/,
    );
  });
});

describe('PAdES conformance', () => {
  it('declares the ESIC extension level 2 in the catalog, and pdfsig still finds the signature valid and total', async () => {
    const doc = await PDFDocument.load(developmentSigned, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Extensions'), PDFDict).lookup(PDFName.of('ESIC'), PDFDict).toString()).toBe(
      '<<\n/BaseVersion /1.7\n/ExtensionLevel 2\n>>',
    );
    expect(Buffer.from(developmentSigned.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    const out = tool('pdfsig', [join(root, 'development.pdf')]).stdout;
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Total document signed');
  });
});
