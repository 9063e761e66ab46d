import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildDate } from '../content/build-date.ts';
import { latestFile } from '../documents/files.ts';
import { type Manifest, type ManifestDocument, type ManifestVersion, readManifest, writeManifest } from '../documents/manifest.ts';
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
  /**
   * Released versions kept from earlier builds (see src/pipeline/archive/): listed in the manifest, and the newest
   * version of a document is their file, byte for byte, when it is one of them.
   */
  archive?: ArchiveInput;
}

/** What the archive step hands over: the versions it wrote, and the PDFs a current document reuses. */
export interface ArchiveInput {
  versions: ManifestVersion[];
  complete: boolean;
  note?: string;
  /** The released PDF this document is, when its version was released from a commit with the same content. */
  latest(content: DocumentContent): KeptPdf | undefined;
}

/** A PDF made before (a released version), with the date it was issued on and who signed it. */
export interface KeptPdf {
  bytes: Uint8Array;
  pages: number;
  issued: BuildDate;
  signer: { subject: string | null; fingerprint: string; development: boolean };
}

/**
 * Renders and signs every document into `outDir`, with `manifest.json` listing each file's SHA-256, content hash
 * and signer, and the released versions the archive step wrote beside them. PDFs a previous manifest in `outDir`
 * listed and this run no longer makes are removed, so a withdrawn document does not linger. Returns the manifest.
 */
export async function writeDocuments(options: WriteDocumentsOptions): Promise<Manifest> {
  const { buildDate, signer, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  const documents: ManifestDocument[] = [];
  for (const content of options.contents) {
    const kept = options.archive?.latest(content);
    const { bytes, pages } =
      kept ??
      (await renderSignedDocument(content, {
        buildDate,
        signer,
        ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}),
      }));
    const file = latestFile(content.id);
    writeFileSync(join(outDir, file), bytes);
    const signedBy = kept?.signer ?? {
      subject: signer.subject.split('\n').join(', '),
      fingerprint: signer.fingerprint,
      development: signer.development,
    };
    documents.push(manifestEntry(content, file, bytes, pages, signedBy, kept?.issued ?? buildDate));
  }
  const versions = options.archive?.versions ?? [];
  removeStale(
    outDir,
    new Set([...documents.map((d) => d.file), ...versions.flatMap((v) => [v.file, ...(v.changes ? [v.changes.file] : [])])]),
  );
  const manifest: Manifest = {
    schemaVersion: 2,
    buildDate: buildDate.instant,
    development: documents.some((d) => d.development) || versions.some((v) => v.development),
    documents,
    versions,
    archive: {
      complete: options.archive?.complete ?? false,
      ...(options.archive?.note ? { note: options.archive.note } : {}),
      ...(!options.archive ? { note: 'only the newest version of each document was built' } : {}),
    },
  };
  writeManifest(join(outDir, 'manifest.json'), manifest);
  return manifest;
}

function manifestEntry(
  content: DocumentContent,
  file: string,
  bytes: Uint8Array,
  pages: number,
  signer: KeptPdf['signer'],
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
    signerSubject: signer.subject,
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
    const old = readManifest(previous);
    const files = [...old.documents.map((d) => d.file), ...old.versions.flatMap((v) => [v.file, ...(v.changes ? [v.changes.file] : [])])];
    for (const file of files) if (!keep.has(file)) rmSync(join(outDir, file), { force: true });
  } catch {
    // An unreadable old manifest is simply replaced.
  }
}
