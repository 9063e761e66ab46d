import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProject, type Project } from '../content/project.ts';
import { buildDocuments } from '../documents/build.ts';
import { type Manifest, type ManifestDocument, readManifest, writeManifest } from '../documents/manifest.ts';
import type { DocumentContent } from '../documents/types.ts';
import { renderSignedDocument, signatureReason } from './render.ts';
import { SigningKeyError } from './sign/p12.ts';
import { type DocumentSigner, loadSigner } from './sign/signer.ts';

export interface BuildDocumentsOptions {
  /** Project root: where content/ and .cache/signing/ are. */
  root: string;
  /** A project already loaded (the build orchestrator passes its own); loaded from `root` when absent. */
  project?: Project;
  /** Where to write `<id>.pdf` and `manifest.json`; default `<root>/dist/documents`. */
  outDir?: string;
  /** Release build: sign only with SIGNING_P12, never with the development certificate. RELEASE=1 in `env` too. */
  release?: boolean;
  /**
   * RFC 3161 time-stamping authority for PAdES B-T signatures; default SIGNING_TSA_URL from `env`. A time-stamp
   * carries the authority's clock, so signed output is reproducible only without one.
   */
  tsaUrl?: string;
  /** Environment for SIGNING_P12, SIGNING_P12_PASSWORD, SIGNING_TSA_URL and SOURCE_DATE_EPOCH; default process.env. */
  env?: Record<string, string | undefined>;
  /** A signer already loaded (tests, the bench); otherwise chosen from `env` and `release`. */
  signer?: DocumentSigner;
  /** Document contents and build date to use instead of the project's (tests, benchmarks). */
  contents?: { documents: DocumentContent[]; date: Date };
}

/**
 * Builds every annex: content from the public view, layout, drawing, signing, then `<outDir>/<id>.pdf` and
 * `manifest.json`. PDFs a previous manifest in `outDir` listed and this build no longer makes are removed, so
 * a withdrawn document does not linger on the site. Returns the manifest.
 */
export async function buildAllDocuments(options: BuildDocumentsOptions): Promise<Manifest> {
  const root = resolve(options.root);
  const env = options.env ?? process.env;
  const outDir = resolve(root, options.outDir ?? join('dist', 'documents'));
  let contents: DocumentContent[];
  let date: Date;
  if (options.contents) {
    ({ documents: contents, date } = options.contents);
  } else {
    const project = options.project ?? loadProject({ root, env: env as NodeJS.ProcessEnv });
    contents = buildDocuments(project.view());
    date = project.buildDate.date;
  }
  const signer =
    options.signer ??
    loadSigner({
      root,
      env,
      release: options.release === true || env.RELEASE === '1',
      organisation: contents[0]?.organisation.name ?? 'Unknown organisation',
    });

  const tsaUrl = timestampAuthority(options.tsaUrl ?? env.SIGNING_TSA_URL);

  mkdirSync(outDir, { recursive: true });
  const documents: ManifestDocument[] = [];
  for (const content of contents) {
    const { bytes, pages } = await renderSignedDocument(content, { date, signer, ...(tsaUrl ? { tsaUrl } : {}) });
    const file = `${content.id}.pdf`;
    writeFileSync(join(outDir, file), bytes);
    documents.push(manifestEntry(content, file, bytes, pages, signer, date));
  }
  removeStale(outDir, new Set(documents.map((d) => d.file)));
  const manifest: Manifest = {
    schemaVersion: 1,
    buildDate: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
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
  date: Date,
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
    signingTime: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    signatureReason: signatureReason(content),
    development: signer.development,
  };
}

/** The time-stamping authority's URL, when one is set: http(s) only, checked before anything is built. */
function timestampAuthority(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s]+$/i.test(url))
    throw new SigningKeyError('SIGNING_TSA_URL must be an http:// or https:// URL of an RFC 3161 time-stamping authority');
  return url;
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
