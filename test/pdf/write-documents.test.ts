import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Manifest, manifestJson, parseManifest, readManifest } from '../../src/documents/manifest.ts';
import { writeDocuments } from '../../src/pdf/write-documents.ts';
import { createDevelopmentP12 } from '../../src/pdf/sign/development.ts';
import { type DocumentSigner, loadSigner } from '../../src/pdf/sign/signer.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { annexI, annexII, annexIII, BUILD_DATE, draftAnnexII } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-build-'));
const outDir = join(dir, 'out');
let signer: DocumentSigner;
let manifest: Manifest;

beforeAll(async () => {
  const p12 = join(dir, 'key.p12');
  writeFileSync(p12, createDevelopmentP12('Example Security GmbH', 'pw', 'Build test signer'));
  signer = loadSigner({
    cacheDir: join(dir, '.cache'),
    signing: { p12, password: 'pw' },
    release: true,
    organisation: 'Example Security GmbH',
  });
  const documents = [annexI(), annexII(), { ...annexIII(), id: 'annex-iii' }];
  manifest = await writeDocuments({ outDir, signer, contents: documents, buildDate: BUILD_DATE });
});

describe('writeDocuments', () => {
  it('writes <id>.pdf and manifest.json, and returns the manifest it wrote', () => {
    expect(manifest.documents.map((d) => d.file)).toEqual(['annex-i.pdf', 'annex-ii.pdf', 'annex-iii.pdf']);
    for (const doc of manifest.documents) expect(existsSync(join(outDir, doc.file))).toBe(true);
    expect(readManifest(join(outDir, 'manifest.json'))).toEqual(manifest);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(manifestJson(manifest));
  });

  it('records file hash, content hash, status, signer and development flag per PDF', async () => {
    const entry = manifest.documents[1]!;
    const bytes = readFileSync(join(outDir, entry.file));
    expect(entry).toMatchObject({
      id: 'annex-ii',
      label: 'Annex II',
      version: '1.0.0',
      status: 'released',
      effective: '2025-03-01',
      contentHash: annexII().hash,
      signed: true,
      signerFingerprint: signer.fingerprint,
      signerSubject: 'CN=Build test signer, O=Example Security GmbH',
      signingTime: '2025-03-01T12:00:00Z',
      development: false,
      bytes: bytes.length,
    });
    expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(manifest.documents[0]!.signatureReason).toBe('DRAFT – not for execution');
    expect(manifest.development).toBe(false);
    expect((await verifyPdf(bytes)).ok).toBe(true);
  });

  it('removes a PDF the previous manifest listed and this build no longer makes', async () => {
    const stale = join(dir, 'stale');
    await writeDocuments({
      outDir: stale,
      signer,
      contents: [annexII(), draftAnnexII()].map((d, i) => ({ ...d, id: `doc-${i}` })),
      buildDate: BUILD_DATE,
    });
    expect(existsSync(join(stale, 'doc-1.pdf'))).toBe(true);
    await writeDocuments({ outDir: stale, signer, contents: [{ ...annexII(), id: 'doc-0' }], buildDate: BUILD_DATE });
    expect(existsSync(join(stale, 'doc-1.pdf'))).toBe(false);
    expect(existsSync(join(stale, 'doc-0.pdf'))).toBe(true);
  });
});

describe('manifest schema', () => {
  it('names each wrong field in one line', () => {
    const broken = structuredClone(manifest) as unknown as { documents: Record<string, unknown>[] };
    broken.documents[0]!.sha256 = 'xyz';
    delete broken.documents[1]!.signed;
    expect(() => parseManifest(broken)).toThrowErrorMatchingInlineSnapshot(`
      [ManifestError: manifest.json: documents.0.sha256: expected a lower-case hex SHA-256
      manifest.json: documents.1.signed: Invalid input: expected boolean, received undefined]
    `);
  });
});
