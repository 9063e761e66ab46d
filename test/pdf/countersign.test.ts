import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFName, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/verify.ts';
import { renderSignedDocument } from '../../src/pdf/render.ts';
import { parseAnchors } from '../../src/pdf/verify/trust.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { appendIncrementalUpdate, countersign } from './countersign.ts';
import { annexII, BUILD_DATE } from './fixtures.ts';
import { type TestKey, testKey } from './keys.ts';
import { tool } from './poppler.ts';

// The processor certifies Annex II; the customer countersigns in the empty "Data exporter" field with a key of
// its own, as an incremental update. Both keys are made here, at test time.
const dir = mkdtempSync(join(tmpdir(), 'pdf-countersign-'));
const write = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
/** pdfsig's report split per signature ("Signature #1:", "Signature #2:"). */
const pdfsigSignatures = (path: string) =>
  tool('pdfsig', [path])
    .stdout.split(/^Signature #\d+:$/m)
    .slice(1);
const FIELD = 'Data exporter signature';
const COUNTERSIGNED_AT = new Date('2025-03-10T09:30:00Z');

let processor: TestKey;
let customer: TestKey;
let certified: Buffer;
let countersigned: Buffer;
const trustProcessor = () => parseAnchors([processor.signer.fingerprint], () => Buffer.alloc(0));

beforeAll(async () => {
  processor = testKey({ commonName: 'Example Security contract signing', organisation: 'Example Security GmbH' });
  customer = testKey({ commonName: 'Customer signatory', organisation: 'Customer AG' });
  certified = Buffer.from((await renderSignedDocument(annexII(), { buildDate: BUILD_DATE, signer: processor.signer })).bytes);
  countersigned = await countersign(certified, {
    field: FIELD,
    signer: customer.signer,
    signingTime: COUNTERSIGNED_AT,
    reason: 'Countersigned',
  });
  write('certified.pdf', certified);
  write('countersigned.pdf', countersigned);
});

describe('the certified annex', () => {
  it('offers the customer an empty signature field, which pdfsig lists as not signed', () => {
    const [first, second] = pdfsigSignatures(join(dir, 'certified.pdf'));
    expect(first).toContain('Signature is Valid.');
    expect(first).toContain('Total document signed');
    expect(second).toContain(`Signature Field Name: ${FIELD}`);
    expect(second).toContain('The signature form field is not signed.');
  });
});

describe('a countersignature as an incremental update', () => {
  it('is reported by pdfsig as a second valid signature; the first stays valid for its revision', () => {
    const path = join(dir, 'countersigned.pdf');
    const [first, second] = pdfsigSignatures(path);
    expect(first).toContain('Signer Certificate Common Name: Example Security contract signing');
    expect(first).toContain('Signature is Valid.');
    expect(first).toContain('Not total document signed');
    expect(second).toContain(`Signature Field Name: ${FIELD}`);
    expect(second).toContain('Signer Certificate Common Name: Customer signatory');
    expect(second).toContain('Signature is Valid.');
    expect(second).toContain('Total document signed');
    expect(tool('qpdf', ['--check', path]).status).toBe(0);
  });

  it('is reported by verify as a chain of revisions: the certification covers revision 1, the change is a permitted one', async () => {
    const report = await verifyPdf(countersigned, { trust: trustProcessor() });
    expect(report.problem).toBeUndefined();
    expect(report.verdict).toBe('trusted');
    expect(report.certification).toEqual({ signature: 0, permission: 2 });
    expect(report.signatures.map((s) => [s.revision, s.coversWholeFile, s.signer?.subject])).toEqual([
      [1, false, 'CN=Example Security contract signing, O=Example Security GmbH'],
      [2, true, 'CN=Customer signatory, O=Customer AG'],
    ]);
    expect(report.trusted).toEqual([true, false]);
    expect(report.revisions.map((r) => [r.revision, r.signatures, r.changes])).toEqual([
      [1, [0], undefined],
      [2, [1], { permitted: [`signature field "${FIELD}" signed`], forbidden: [] }],
    ]);
    expect(report.document).toMatchObject({ id: 'annex-ii', version: '1.0.0' });
  });

  it('prints each signature, the revision it covers, and what the later revision changed', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['--trust', processor.signer.fingerprint, 'countersigned.pdf'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('✔ countersigned.pdf: intact, signed by a trusted certificate: CN=Example Security contract signing');
    expect(out).toContain(
      '  signature 1   certification, permits form filling and signing; covers revision 1, not what was added after it',
    );
    expect(out).toContain('  signature 2   approval signature; covers revisions 1-2, the whole file');
    expect(out).toContain('    signed at   2025-03-10T09:30:00Z (claimed by the signer, /M)');
    expect(out).toContain(`  revision 2    permitted: signature field "${FIELD}" signed`);
  });
});

describe('changes the certification does not permit', () => {
  it('fails when the countersigning update also changes a page, though both signatures are valid', async () => {
    const altered = await countersign(certified, {
      field: FIELD,
      signer: customer.signer,
      signingTime: COUNTERSIGNED_AT,
      reason: 'Countersigned',
      extra: (doc) => {
        const page = doc.getPage(0);
        const copy = page.node.clone(doc.context);
        copy.set(PDFName.of('Rotate'), doc.context.obj(90));
        return { objects: [[page.ref, copy.toString()]] };
      },
    });
    const report = await verifyPdf(altered, { trust: trustProcessor() });
    expect(report.verdict).toBe('invalid');
    expect(report.problem).toBe('revision 2 made changes the certification does not permit: a page changed (Rotate)');
    const [first, second] = pdfsigSignatures(write('rotated.pdf', altered));
    expect(first).toContain('Signature is Valid.');
    expect(second).toContain('Signature is Valid.');
  });

  it('fails when the update frees an object (a page content stream), which pdf-lib alone would not notice', async () => {
    const altered = await countersign(certified, {
      field: FIELD,
      signer: customer.signer,
      signingTime: COUNTERSIGNED_AT,
      reason: 'Countersigned',
      extra: (doc) => {
        const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
        const first = contents instanceof PDFArray ? contents.get(0) : contents;
        return { objects: [], free: [(first as PDFRef).objectNumber] };
      },
    });
    const report = await verifyPdf(altered);
    expect(report.verdict).toBe('invalid');
    expect(report.problem).toMatch(/^revision 2 made changes the certification does not permit: object \d+ was deleted$/);
  });

  it('fails on an unsigned incremental update after the signatures', async () => {
    const doc = await (await import('pdf-lib')).PDFDocument.load(countersigned, { updateMetadata: false });
    const page = doc.getPage(0);
    const copy = page.node.clone(doc.context);
    copy.set(PDFName.of('Rotate'), doc.context.obj(180));
    const updated = await appendIncrementalUpdate(countersigned, { objects: [[page.ref, copy.toString()]] });
    const report = await verifyPdf(updated);
    expect(report.verdict).toBe('invalid');
    expect(report.problem).toBe(`${updated.length - countersigned.length} bytes were added after the signed part of the file`);
  });
});
