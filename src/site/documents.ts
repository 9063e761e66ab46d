import type { ManifestDocument } from '../documents/manifest.ts';
import type { DocumentContent } from '../documents/types.ts';
import type { Translator } from '../i18n/translator.ts';

/**
 * The documents page's data: each annex's content (version, status, hash, open facts) joined with the signed PDF
 * built with the site. Without a PDF of exactly the current version and content, a document is shown as pending:
 * never a link to a file that does not exist or says something else.
 */

export interface DocumentRow {
  content: DocumentContent;
  /** The signed PDF of this version, when one was built. */
  pdf?: ManifestDocument;
  /** Why there is no PDF, when there is none. */
  pending?: string;
}

export function documentRows(
  contents: readonly DocumentContent[],
  manifest: readonly ManifestDocument[] | undefined,
  t: Translator,
): DocumentRow[] {
  return contents.map((content) => {
    const entry = manifest?.find((e) => e.id === content.id);
    if (!entry) return { content, pending: t.t('documents.notBuilt') };
    if (entry.version !== content.version) {
      return { content, pending: t.t('documents.otherVersion', { built: entry.version, version: content.version }) };
    }
    if (entry.contentHash !== content.hash) return { content, pending: t.t('documents.earlierContent') };
    return { content, pdf: entry };
  });
}

/** "AB:CD:..." in pairs, for comparing by eye; accepts hex with or without separators. */
export function formatFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length > 0 && hex.length % 2 === 0 ? (hex.match(/../g) ?? []).join(':') : fingerprint;
}
