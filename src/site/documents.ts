import type { ManifestDocument, ManifestVersion } from '../documents/manifest.ts';
import { compareVersions } from '../documents/semver.ts';
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
  /** Every released version, newest first, each at its own URL with the redline against the one before. */
  versions: ManifestVersion[];
}

export function documentRows(
  contents: readonly DocumentContent[],
  manifest: readonly ManifestDocument[] | undefined,
  t: Translator,
  released: readonly ManifestVersion[] = [],
): DocumentRow[] {
  return contents.map((content) => {
    const versions = versionsOf(content.id, released);
    const entry = manifest?.find((e) => e.id === content.id);
    if (!entry) return { content, pending: t.t('documents.notBuilt'), versions };
    if (entry.version !== content.version) {
      return { content, pending: t.t('documents.otherVersion', { built: entry.version, version: content.version }), versions };
    }
    if (entry.contentHash !== content.hash) return { content, pending: t.t('documents.earlierContent'), versions };
    return { content, pdf: entry, versions };
  });
}

/** The released versions of one document, newest first. */
export function versionsOf(id: string, released: readonly ManifestVersion[]): ManifestVersion[] {
  return released.filter((v) => v.id === id).sort((a, b) => compareVersions(b.version, a.version));
}

/** Released versions of documents the content no longer has: still available to whoever signed them. */
export function withdrawnVersions(contents: readonly DocumentContent[], released: readonly ManifestVersion[]): ManifestVersion[] {
  const current = new Set(contents.map((content) => content.id));
  return released
    .filter((v) => !current.has(v.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(b.version, a.version)));
}

/** "AB:CD:..." in pairs, for comparing by eye; accepts hex with or without separators. */
export function formatFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length > 0 && hex.length % 2 === 0 ? (hex.match(/../g) ?? []).join(':') : fingerprint;
}

/** The fragment id of a released version on the documents page: "annex-ii-v1-1-0" (ids take no dots). */
export function versionAnchor(version: Pick<ManifestVersion, 'id' | 'version'>): string {
  return `${version.id}-v${version.version.replace(/\./g, '-')}`;
}
