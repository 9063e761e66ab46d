import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSignedDocument } from '../../src/pdf/render.ts';
import { DerError, readDer } from '../../src/pdf/verify/der.ts';
import { checkSignatures } from '../../src/pdf/verify/signature.ts';
import { noAnchors } from '../../src/pdf/verify/trust.ts';
import { annexII, BUILD_DATE } from './fixtures.ts';
import { testKey } from './keys.ts';
import { type LocalTsa, startLocalTsa } from './local-tsa.ts';

// /Contents is the one part of a signed PDF its signature does not cover. Whatever of the CMS in it the checks do
// not verify cryptographically (tags, versions, the list of digest algorithms, algorithm parameters, lengths) must
// be held to its one DER value, or a byte changed there leaves the file "intact".

const signer = testKey({ commonName: 'Strict CMS signer', organisation: 'Example Security GmbH' });

/** The CMS structure in the first /Contents, and where its hex digits start in the file. */
function cmsOf(pdf: Buffer): { open: number; der: Buffer } {
  const text = pdf.toString('latin1');
  const open = text.indexOf('/Contents <') + '/Contents <'.length;
  const value = Buffer.from(text.slice(open, text.indexOf('>', open)), 'hex');
  return { open, der: value.subarray(0, readDer(value).end) };
}

/** The file with the CMS byte at `index` replaced by `value`, written back as hex where it was. */
function withByte(pdf: Buffer, open: number, index: number, value: number): Buffer {
  const copy = Buffer.from(pdf);
  copy.write(value.toString(16).padStart(2, '0'), open + 2 * index, 'latin1');
  return copy;
}

/** Every single-bit change of every byte in [from, to) of the CMS that the signature check still calls valid. */
function survivingFlips(pdf: Buffer, from = 0, to?: number): string[] {
  const { open, der } = cmsOf(pdf);
  const survivors: string[] = [];
  for (let index = from; index < (to ?? der.length); index++) {
    for (let bit = 0; bit < 8; bit++) {
      const reports = checkSignatures(withByte(pdf, open, index, der[index]! ^ (1 << bit)), noAnchors);
      if (reports.length > 0 && reports.every((report) => !report.problem)) survivors.push(`byte ${index} bit ${bit}`);
    }
  }
  return survivors;
}

let signed: Buffer;

beforeAll(async () => {
  signed = Buffer.from((await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer: signer.signer })).bytes);
});

describe('the CMS signature value inside /Contents', () => {
  it('is valid as signed', () => {
    expect(checkSignatures(signed, noAnchors).map((report) => report.problem)).toEqual([undefined]);
  });

  it('fails on every single bit changed anywhere in it', () => {
    expect(survivingFlips(signed)).toEqual([]);
  });

  it('names what is wrong when an unsigned field of the SignedData is changed', () => {
    const { open, der } = cmsOf(signed);
    const problem = (index: number, value: number) => checkSignatures(withByte(signed, open, index, value), noAnchors)[0]!.problem;
    // ContentInfo SEQUENCE (4-byte header), signedData OID (11), [0] (4), SignedData SEQUENCE (4), then version 1.
    const version = 4 + 11 + 4 + 4 + 2;
    expect(der[version]).toBe(1);
    expect(problem(version, 3)).toBe('the SignedData version is not 1');
    // The last byte of the SHA-256 OID in the digestAlgorithms SET: 2.16.840.1.101.3.4.2.1 becomes ...2.2 (SHA-384).
    const sha256 = der.indexOf(Buffer.from('0609608648016503040201', 'hex'));
    expect(problem(sha256 + 10, 2)).toBe("the SignedData's digest algorithms do not list the signer's");
    // The outer length stretched over the zero padding that follows the CMS in /Contents.
    expect(der.subarray(0, 4).toString('hex')).toMatch(/^3082/);
    expect(problem(2, der[2]! + 1)).toBe('the signature value cannot be parsed as CMS');
  });
});

describe('DER lengths and tags', () => {
  it('refuses a length not in its shortest form and the tag of end-of-contents', () => {
    expect(() => readDer(Buffer.from('30810100', 'hex'))).toThrow(DerError);
    expect(() => readDer(Buffer.from('3082000100', 'hex'))).toThrow(DerError);
    expect(() => readDer(Buffer.from('0000', 'hex'))).toThrow(DerError);
    expect(readDer(Buffer.from('30818000'.padEnd(2 * 131, '0'), 'hex'))).toMatchObject({ tag: 0x30, contentStart: 3, end: 131 });
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('a time-stamped signature (PAdES B-T)', () => {
  let tsa: LocalTsa;
  let stamped: Buffer;

  beforeAll(async () => {
    tsa = await startLocalTsa(join(mkdtempSync(join(tmpdir(), 'cms-strict-')), 'tsa'));
    const rendered = await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer: signer.signer, tsaUrl: tsa.url });
    stamped = Buffer.from(rendered.bytes);
  });
  afterAll(() => tsa?.close());

  it('fails on every single bit changed in the unsigned attributes and the time-stamp token', () => {
    expect(checkSignatures(stamped, noAnchors).map((report) => report.problem)).toEqual([undefined]);
    const { der } = cmsOf(stamped);
    // The rest of the CMS is flipped bit by bit above; here the [1] unsigned attributes and the token in them.
    const attribute = der.indexOf(Buffer.from('060b2a864886f70d010910020e', 'hex'));
    expect(attribute).toBeGreaterThan(0);
    // The token also carries the authority's CA certificate, which nothing signs: a hint for building the chain
    // to a --trust anchor. Changed, it no longer builds that chain, so the authority is reported as not trusted.
    const ca = new X509Certificate(readFileSync(tsa.caFile)).raw;
    const caAt = der.indexOf(ca);
    expect(caAt).toBeGreaterThan(attribute);
    expect([...survivingFlips(stamped, attribute - 8, caAt + 1), ...survivingFlips(stamped, caAt + ca.length)]).toEqual([]);
    const altered = checkSignatures(withByte(stamped, cmsOf(stamped).open, caAt + 100, der[caAt + 100]! ^ 1), noAnchors)[0]!;
    expect(altered.timestamp?.trusted).toBe(false);
  });

  it('refuses a time-stamp whose attribute type was changed to hide it', () => {
    const { open, der } = cmsOf(stamped);
    const last = der.indexOf(Buffer.from('060b2a864886f70d010910020e', 'hex')) + 12;
    expect(checkSignatures(withByte(stamped, open, last, 0x0f), noAnchors)[0]!.problem).toBe(
      'the signature carries an unsigned attribute this verifier cannot check (1.2.840.113549.1.9.16.2.15)',
    );
  });
});
