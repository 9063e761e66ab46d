import { PDFDocument } from 'pdf-lib';
import { buildDateFromEpoch, type BuildDate } from '../../content/build-date.ts';
import { extractRef, loadExtracted } from '../../diff/load-ref.ts';
import { findReleases, type Release } from '../../diff/release-history.ts';
import { buildDocuments } from '../../documents/contents.ts';
import type { DocumentContent } from '../../documents/types.ts';
import { renderSignedDocument } from '../../pdf/render.ts';
import type { DocumentSigner } from '../../pdf/sign/signer.ts';
import type { LockedRelease } from '../../schema/index.ts';
import { ArchiveError } from '../errors.ts';
import { ArchiveCache, sha256 } from './cache.ts';
import { rendererFingerprint } from './fingerprint.ts';
import { LOCK_FILE } from './lock.ts';
import { findPublished } from './published.ts';

export interface ArchiveOptions {
  /** The content folder (absolute): its git history holds the released versions. */
  contentPath: string;
  /** The project's cache folder: rendered versions and published bytes are kept under archive/. */
  cacheDir: string;
  signer: DocumentSigner;
  /** A release build: a missing history is an error, and versions without a lock entry get one. */
  release: boolean;
  /** The entries of releases.lock.yaml. */
  lock: readonly LockedRelease[];
  /** Folders that may hold PDFs as published before (the previous output, --archive): searched by SHA-256. */
  publishedDirs: readonly string[];
  /** The public base URL, for messages that say where a published file can be downloaded. */
  baseUrl?: string;
  /**
   * A time-stamping authority (PAdES B-T). A time-stamp holds the authority's clock and nonce, so a version signed
   * with one is rendered once and then kept (cache, lock, published bytes), never reproduced.
   */
  tsaUrl?: string;
  log(line: string): void;
}

/** One released version, ready to publish at its own URL. */
export interface ArchivedVersion {
  release: Release;
  /** What the version says, when it could be rebuilt (published bytes alone carry no content). */
  content?: DocumentContent;
  bytes: Uint8Array;
  pages: number;
  /** The build date it was issued on: its release commit's date (or the date the lock records). */
  issued: BuildDate;
  /** Rendered now, taken from the cache, or the bytes as published found again. */
  source: 'rendered' | 'cache' | 'published';
  /** Its content hash as released. */
  contentHash: string;
  /** Who signed the bytes: this build's key, or for bytes as published, the key the lock records. */
  signer: PdfSigner;
}

/** The signer of a PDF as the manifest states it; the subject is unknown for bytes found as published. */
export interface PdfSigner {
  subject: string | null;
  fingerprint: string;
  development: boolean;
}

export interface ArchiveResult {
  /** False when the history was not available: only the newest versions can be published. */
  complete: boolean;
  note?: string;
  versions: ArchivedVersion[];
  /** Lock entries for released versions the lock does not list yet (release builds with a real key only). */
  newLocks: LockedRelease[];
}

/**
 * Rebuilds every released version of every document from git history: the content at the commit that released
 * it, rendered with that commit's date (so "Issued" and the signing time are the release's) and signed with the
 * build's key. Deterministic, so a version comes out byte for byte the same in every build; `releases.lock.yaml`
 * records the bytes first published, and a version that no longer comes out the same (the renderer or the key
 * changed, or the history was rewritten) is published from the bytes kept before, or the build fails.
 */
export async function archiveReleases(options: ArchiveOptions): Promise<ArchiveResult> {
  const history = findReleases(options.contentPath);
  if (!history.available) {
    if (options.release) {
      throw new ArchiveError(
        `cannot publish the released versions of the annexes: ${history.reason}. A release build publishes every released version at its own URL; build from a full clone (or pass --latest-only to publish only the newest versions, which removes the earlier versions' files from the site)`,
      );
    }
    return { complete: false, note: `Only the newest versions were built: ${history.reason}.`, versions: [], newLocks: [] };
  }
  if (history.foreign.length > 0) {
    const names = [...new Set(history.foreign.map((release) => release.organisation))].join(', ');
    const list = history.foreign.map((release) => `${release.id} ${release.version}`).join(', ');
    options.log(`  left out versions released by another organisation earlier in this history (${names}): ${list}`);
  }
  const cache = new ArchiveCache(options.cacheDir);
  const locked = new Map(options.lock.map((entry) => [`${entry.document}\0${entry.version}`, entry]));
  const loads = new Map<string, Promise<DocumentContent[]>>();
  const contentsAt = (release: Release, issued: BuildDate) => {
    const key = `${release.commit}\0${issued.epochSeconds}`;
    let load = loads.get(key);
    if (!load) {
      load = extractRef(history.repository, release.commit, history.contentDir).then((extracted) =>
        buildDocuments(loadExtracted(extracted, issued).view()),
      );
      loads.set(key, load);
    }
    return load;
  };

  const versions: ArchivedVersion[] = [];
  const newLocks: LockedRelease[] = [];
  for (const release of history.releases) {
    const lock = locked.get(`${release.id}\0${release.version}`);
    const issued = lock ? buildDateFromEpoch(Date.parse(lock.issued) / 1000, 'git') : buildDateFromEpoch(release.time, 'git');
    const name = `${release.id} ${release.version}`;
    const at = release.commit.slice(0, 7);
    const key = {
      archive: 1,
      id: release.id,
      version: release.version,
      commit: release.commit,
      issued: issued.instant,
      signer: options.signer.fingerprint,
      renderer: rendererFingerprint(),
      ...(options.tsaUrl ? { tsa: options.tsaUrl } : {}),
    };
    let made: Omit<ArchivedVersion, 'release' | 'issued' | 'contentHash' | 'signer'> | undefined;
    let signer: PdfSigner = {
      subject: options.signer.subject.split('\n').join(', '),
      fingerprint: options.signer.fingerprint,
      development: options.signer.development,
    };
    let problem: string | undefined;
    const cached = cache.get(key);
    if (cached) made = { ...cached, source: 'cache' };
    else {
      try {
        const content = (await contentsAt(release, issued)).find((doc) => doc.id === release.id);
        if (!content || content.version !== release.version || content.status !== 'released') {
          throw new Error(`the content at ${at} does not build ${name} as a released document`);
        }
        if (lock && content.hash !== lock.contentHash) {
          throw new ArchiveError(
            `${name} as found at ${at}, the commit that released it, says something different from the release ${LOCK_FILE} records (content hash ${content.hash.slice(0, 16)}…, recorded ${lock.contentHash.slice(0, 16)}…): the history was rewritten. A released version never changes: restore the history that released it (commit ${lock.commit.slice(0, 7)})`,
          );
        }
        const { bytes, pages } = await renderSignedDocument(content, {
          buildDate: issued,
          signer: options.signer,
          ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}),
        });
        made = { content, bytes, pages, source: 'rendered' };
        cache.put(key, made);
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        problem = error instanceof Error ? error.message : String(error);
      }
    }

    // The lock decides what the bytes of a released version are; a build with the same key (or any release build)
    // must publish exactly them.
    if (lock && (lock.signer === options.signer.fingerprint || options.release)) {
      if (!made || sha256(made.bytes) !== lock.sha256) {
        const published = findPublished(lock.sha256, release, cache, options.publishedDirs);
        if (!published) throw new ArchiveError(mismatch(name, lock, made, problem, options));
        const pages = (await PDFDocument.load(published.bytes, { updateMetadata: false })).getPageCount();
        options.log(`  ${name}: reproduced bytes differ from the released PDF; publishing the bytes as released (from ${published.from})`);
        made = { ...(made?.content ? { content: made.content } : {}), bytes: published.bytes, pages, source: 'published' };
        if (lock.signer !== signer.fingerprint) signer = { subject: null, fingerprint: lock.signer, development: false };
      }
    }
    if (!made) throw new ArchiveError(`cannot rebuild ${name} from ${at}, the commit that released it: ${problem}`);
    cache.keepPublished(made.bytes);
    const contentHash = made.content?.hash ?? lock?.contentHash;
    if (!contentHash) throw new ArchiveError(`cannot tell what ${name} says: ${problem ?? 'no content'}`);
    if (options.release && !signer.development && !lock) {
      newLocks.push({
        document: release.id,
        version: release.version,
        commit: release.commit,
        issued: issued.instant,
        contentHash,
        sha256: sha256(made.bytes),
        signer: signer.fingerprint,
      });
    }
    versions.push({ release, issued, contentHash, signer, ...made });
  }
  return { complete: true, versions, newLocks };
}

function mismatch(
  name: string,
  lock: LockedRelease,
  made: { bytes: Uint8Array } | undefined,
  problem: string | undefined,
  options: ArchiveOptions,
): string {
  const otherKey = lock.signer !== options.signer.fingerprint;
  const why = !made
    ? `this build cannot rebuild it (${problem})`
    : otherKey
      ? `this build signs with another key (certificate ${options.signer.fingerprint.slice(0, 16)}…, released with ${lock.signer.slice(0, 16)}…)`
      : `this build makes ${sha256(made.bytes).slice(0, 16)}…: the renderer changed since the release`;
  const url = options.baseUrl
    ? `${options.baseUrl.replace(/\/+$/, '')}/documents/${lock.document}/${lock.version}.pdf`
    : `the published ${lock.document}/${lock.version}.pdf`;
  return `${name} no longer comes out byte for byte: ${LOCK_FILE} records the published PDF as sha256 ${lock.sha256.slice(0, 16)}…, and ${why}. Publishing other bytes under a released version's URL would change a document customers signed, so nothing was published. Download ${url} into a folder and build again with --archive <folder> (the previous output and .cache/archive are searched too)`;
}
