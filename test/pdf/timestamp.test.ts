import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/verify.ts';
import { buildConfig } from '../../src/cli/config.ts';
import { writeDocuments } from '../../src/pdf/write-documents.ts';
import { renderSignedDocument } from '../../src/pdf/render.ts';
import { oids } from '../../src/pdf/sign/oids.ts';
import { TimestampError } from '../../src/pdf/sign/tsa.ts';
import { readDer } from '../../src/pdf/verify/der.ts';
import { parseSignedData } from '../../src/pdf/verify/signed-data.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { annexII, annexIII, BUILD_DATE } from './fixtures.ts';
import { type TestKey, testKey } from './keys.ts';
import { type LocalTsa, startLocalTsa } from './local-tsa.ts';
import { tool } from './poppler.ts';

// PAdES B-T against a time-stamping authority this test starts on localhost (openssl ts -reply behind node:http,
// with a CA made at test time). Never an outside service.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'pdf-timestamp-'));
let tsa: LocalTsa;
let signer: TestKey;
let stamped: Buffer;
let started: Date;

/** The CMS in the first /Contents, and where its hex starts in the file. */
function firstSignature(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const open = text.indexOf('/Contents <') + '/Contents <'.length;
  const value = Buffer.from(text.slice(open, text.indexOf('>', open)), 'hex');
  const der = value.subarray(0, readDer(value).end);
  return { open, der, cms: parseSignedData(der) };
}

/** Hex offset (in the file) of the time-stamp token inside the first signature. */
function tokenHex(pdf: Buffer): { start: number; end: number; token: Buffer } {
  const { open, der, cms } = firstSignature(pdf);
  const node = cms.signer.unsigned.get(oids.signatureTimeStampToken)!;
  return { start: open + 2 * node.start, end: open + 2 * node.end, token: Buffer.from(der.subarray(node.start, node.end)) };
}

describe.skipIf(!hasOpenssl)('a signature time-stamp (PAdES B-T)', () => {
  beforeAll(async () => {
    tsa = await startLocalTsa(join(dir, 'tsa'));
    signer = testKey({ commonName: 'Time-stamped signer', organisation: 'Example Security GmbH' });
    started = new Date(Math.floor(Date.now() / 1000) * 1000);
    stamped = Buffer.from((await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer: signer.signer, tsaUrl: tsa.url })).bytes);
    writeFileSync(join(dir, 'stamped.pdf'), stamped);
  });
  afterAll(() => tsa?.close());

  it('is checked by verify, which reports the trusted time and whether the authority is trusted', async () => {
    const [signature] = (await verifyPdf(stamped)).signatures;
    expect(signature!.problem).toBeUndefined();
    const time = new Date(signature!.timestamp!.time!);
    expect(time.getTime()).toBeGreaterThanOrEqual(started.getTime());
    expect(time.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(signature!.timestamp).toMatchObject({ tsa: { subject: 'CN=Test Time-Stamping Authority, O=Tests only' }, trusted: false });

    const io = memoryIo({ cwd: dir });
    const code = await run(['--trust', signer.signer.fingerprint, '--trust', tsa.caFile, 'stamped.pdf'], io);
    expect(code).toBe(0);
    expect(io.out()).toContain(
      `    trusted time ${signature!.timestamp!.time} (RFC 3161 time-stamp by CN=Test Time-Stamping Authority, O=Tests only`,
    );
    expect(io.out()).toContain('authority trusted)');
    expect(io.out()).toContain('ETSI.CAdES.detached, signing certificate bound, PAdES B-T');
  });

  it('keeps the signature valid and total for pdfsig; OpenSSL verifies the token pdfsig dumps and shows its time', () => {
    const path = join(dir, 'stamped.pdf');
    const out = tool('pdfsig', [path]).stdout;
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Total document signed');
    // poppler 22 prints no time-stamp line: read the token from the signature pdfsig dumps, with OpenSSL.
    const dump = mkdtempSync(join(dir, 'dump-'));
    // It dumps the signature (#0) and gives up on the empty customer field (#1), so its exit code says nothing.
    spawnSync('pdfsig', ['-dump', path], { cwd: dump });
    const dumped = readFileSync(join(dump, 'stamped.pdf.sig0'));
    const cms = parseSignedData(dumped.subarray(0, readDer(dumped).end)); // the dump keeps the zero padding
    const node = cms.signer.unsigned.get(oids.signatureTimeStampToken)!;
    writeFileSync(join(dump, 'token.der'), cms.der.subarray(node.start, node.end));
    writeFileSync(join(dump, 'signature-value.bin'), cms.signer.signature);
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dump, encoding: 'utf8', stdio: 'pipe' });
    expect(openssl('ts', '-reply', '-in', 'token.der', '-token_in', '-text')).toMatch(/Time stamp: \w{3} +\d+ \d\d:\d\d:\d\d \d{4} GMT/);
    const verified = openssl('ts', '-verify', '-in', 'token.der', '-token_in', '-data', 'signature-value.bin', '-CAfile', tsa.caFile);
    expect(verified).toContain('Verification: OK');
  });

  it('fails when the token is tampered with, though the PDF signature itself still holds', async () => {
    const { start, end } = tokenHex(stamped);
    // The token's own signature value ends the token: flip a digit in it.
    const copy = Buffer.from(stamped);
    const at = end - 10;
    copy[at] = copy[at] === 0x31 ? 0x32 : 0x31;
    expect(at).toBeGreaterThan(start);
    const report = await verifyPdf(copy);
    expect(report.verdict).toBe('invalid');
    expect(report.problem).toBe("time-stamp: the signature does not verify with the time-stamping authority's certificate");
    expect(tool('pdfsig', [(writeFileSync(join(dir, 'bad-token.pdf'), copy), join(dir, 'bad-token.pdf'))]).stdout).toContain(
      'Signature is Valid.',
    );
  });

  it('fails when the token of another signature is put in its place (message imprint mismatch)', async () => {
    const other = Buffer.from(
      (await renderSignedDocument(annexIII(), { buildDate: BUILD_DATE, signer: signer.signer, tsaUrl: tsa.url })).bytes,
    );
    const mine = tokenHex(stamped);
    const theirs = tokenHex(other);
    expect(theirs.token.length).toBe(mine.token.length);
    const copy = Buffer.from(stamped);
    copy.write(theirs.token.toString('hex'), mine.start, 'latin1');
    const report = await verifyPdf(copy);
    expect(report.problem).toBe('time-stamp: the token stamps a different signature value (message imprint mismatch)');
  });

  it('is requested by the build from SIGNING_TSA_URL; a bad URL or an unreachable authority is one clear error', async () => {
    const options = { contents: [annexII()], buildDate: BUILD_DATE, signer: signer.signer, outDir: join(dir, 'build') };
    const env = (tsaUrl: string) => ({ SIGNING_TSA_URL: tsaUrl, SOURCE_DATE_EPOCH: String(BUILD_DATE.epochSeconds) });
    // A build's configuration names a content folder that exists; this test reads only its signing settings.
    mkdirSync(join(dir, 'content'), { recursive: true });
    const { tsaUrl } = buildConfig(memoryIo({ cwd: dir, env: env(tsa.url) }), {}).signing;
    expect(tsaUrl).toBe(tsa.url);
    await writeDocuments({ ...options, tsaUrl: tsaUrl! });
    expect((await verifyPdf(readFileSync(join(options.outDir, 'annex-ii.pdf')))).signatures[0]!.timestamp?.time).toBeDefined();
    expect(() => buildConfig(memoryIo({ cwd: dir, env: env('ftp://x') }), {})).toThrow(
      'SIGNING_TSA_URL must be an http:// or https:// URL of an RFC 3161 time-stamping authority',
    );
    const unreachable = writeDocuments({ ...options, tsaUrl: 'http://127.0.0.1:9/tsa' });
    await expect(unreachable).rejects.toThrow(TimestampError);
    await expect(unreachable).rejects.toThrow(/^time-stamping authority http:\/\/127\.0\.0\.1:9\/tsa cannot be reached/);
  });
});
