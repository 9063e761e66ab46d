import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readManifest, type ManifestDocument } from '../documents/manifest.ts';
import type { DocumentContent } from '../documents/types.ts';

/**
 * The documents page's data: each annex's content (version, status, hash, open facts) joined with the signed PDF
 * the document build staged in `.cache/documents/manifest.json`. Without a manifest, or without a PDF of exactly
 * the current version and content, a document is shown as pending: never a link to a file that does not exist or
 * says something else.
 */

/** Where the document build stages its PDFs and manifest, relative to the project root. */
export const DOCUMENTS_STAGING_DIR = '.cache/documents';

/** The staging folder to read: DOCUMENTS_STAGING_DIR from the environment (tests), else `.cache/documents`. */
export function stagingDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCUMENTS_STAGING_DIR || DOCUMENTS_STAGING_DIR;
}

/** The staged manifest's documents, or undefined when the documents have not been built. A malformed manifest throws. */
export function readStagedManifest(root: string, dir: string = DOCUMENTS_STAGING_DIR): ManifestDocument[] | undefined {
  const file = resolve(root, dir, 'manifest.json');
  return existsSync(file) ? readManifest(file).documents : undefined;
}

export interface DocumentRow {
  content: DocumentContent;
  /** The signed PDF of this version, when one was built. */
  pdf?: ManifestDocument;
  /** Why there is no PDF, when there is none. */
  pending?: string;
}

const NOT_BUILT = 'The PDF has not been built for this site yet.';

export function documentRows(contents: readonly DocumentContent[], manifest: readonly ManifestDocument[] | undefined): DocumentRow[] {
  return contents.map((content) => {
    const entry = manifest?.find((e) => e.id === content.id);
    if (!entry) return { content, pending: NOT_BUILT };
    if (entry.version !== content.version) {
      return { content, pending: `The PDF on file is version ${entry.version}; version ${content.version} is being prepared.` };
    }
    if (entry.contentHash !== content.hash)
      return { content, pending: 'The PDF on file was built from earlier content; a new one is being prepared.' };
    return { content, pdf: entry };
  });
}

/** "AB:CD:..." in pairs, for comparing by eye; accepts hex with or without separators. */
export function formatFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length > 0 && hex.length % 2 === 0 ? (hex.match(/../g) ?? []).join(':') : fingerprint;
}
