import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildDate } from '../content/build-date.ts';
import { type Manifest, type ManifestDocument, readManifest, writeManifest } from '../documents/manifest.ts';
import type { DocumentContent } from '../documents/types.ts';
import { renderSignedDocument, signatureReason } from './render.ts';
import type { DocumentSigner } from './sign/signer.ts';

export interface WriteDocumentsOptions {
  /** What each document says (src/documents/contents.ts). */
  contents: readonly DocumentContent[];
  /** The build date: every date the PDFs carry, the signing time included. */
  buildDate: BuildDate;
  /** The key to sign with (see loadSigner). */
  signer: DocumentSigner;
  /** Where to write `<id>.pdf` and `manifest.json`. */
  outDir: string;
  /**
   * An RFC 3161 time-stamping authority for PAdES B-T signatures (SIGNING_TSA_URL). A time-stamp carries the
   * authority's clock, so signed output is byte-reproducible only without one.
   */
  tsaUrl?: string;
}

/**
 * Renders and signs every document into `outDir`, with `manifest.json` listing each file's SHA-256, content hash
 * and signer. PDFs a previous manifest in `outDir` listed and this run no longer makes are removed, so a
 * withdrawn document does not linger. Returns the manifest.
 */
export async function writeDocuments(options: WriteDocumentsOptions): Promise<Manifest> {
  const { buildDate, signer, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  const documents: ManifestDocument[] = [];
  for (const content of options.contents) {
    const { bytes, pages } = await renderSignedDocument(content, {
      buildDate,
      signer,
      ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}),
    });
    const file = `${content.id}.pdf`;
    writeFileSync(join(outDir, file), bytes);
    documents.push(manifestEntry(content, file, bytes, pages, signer, buildDate));
  }
  removeStale(outDir, new Set(documents.map((d) => d.file)));
  const manifest: Manifest = {
    schemaVersion: 1,
    buildDate: buildDate.instant,
    development: documents.some((d) => d.development),
    documents,
  };
  writeManifest(join(outDir, 'manifest.json'), manifest);
  return manifest;
}

function manifestEntry(
  content: DocumentContent,
  file: string,
  bytes: Uint8Array,
  pages: number,
  signer: DocumentSigner,
  buildDate: BuildDate,
): ManifestDocument {
  return {
    id: content.id,
    kind: content.kind,
    label: content.label,
    title: content.title,
    file,
    version: content.version,
    status: content.status,
    effective: content.effective,
    language: content.language,
    pages,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentHash: content.hash,
    signed: true,
    signerSubject: signer.subject.split('\n').join(', '),
    signerFingerprint: signer.fingerprint,
    signingTime: buildDate.instant,
    signatureReason: signatureReason(content),
    development: signer.development,
  };
}

function removeStale(outDir: string, keep: Set<string>): void {
  const previous = join(outDir, 'manifest.json');
  if (!existsSync(previous)) return;
  try {
    for (const doc of readManifest(previous).documents) if (!keep.has(doc.file)) rmSync(join(outDir, doc.file), { force: true });
  } catch {
    // An unreadable old manifest is simply replaced.
  }
}
