import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Project } from '../content/project.ts';
import { formatDate } from '../content/format-date.ts';
import { buildDocuments } from '../documents/contents.ts';
import { redlineFile, versionFile } from '../documents/files.ts';
import type { Manifest, ManifestVersion } from '../documents/manifest.ts';
import type { DocumentContent } from '../documents/types.ts';
import type { DocumentSigner } from '../pdf/sign/signer.ts';
import { writeDocuments } from '../pdf/write-documents.ts';
import type { LockedRelease } from '../schema/index.ts';
import { archiveReleases, type ArchiveResult, type ArchivedVersion } from './archive/archive.ts';
import { ArchiveCache, sha256 } from './archive/cache.ts';
import { versionRedlines } from './archive/redlines.ts';
import { ArchiveError } from './errors.ts';

export interface PublishDocumentsOptions {
  /** Where to write the PDFs and manifest.json (the site's documents folder). */
  outDir: string;
  signer: DocumentSigner;
  cacheDir: string;
  release: boolean;
  /** Build only the newest version of each document, without the released versions from git history. */
  latestOnly: boolean;
  /** Folders holding PDFs as published before, searched when a released version no longer reproduces. */
  publishedDirs: readonly string[];
  /** A time-stamping authority (PAdES B-T): its time-stamps are never reproduced, so released bytes are kept. */
  tsaUrl?: string;
  log(line: string): void;
}

export interface PublishedDocuments {
  manifest: Manifest;
  /** Released versions the lock file does not list yet: the caller records them once the build has succeeded. */
  newLocks: LockedRelease[];
}

/**
 * The documents step of a build: the newest version of each annex at `<id>.pdf`, every released version at
 * `<id>/<version>.pdf` byte for byte as released, a redline between each two consecutive released versions, and
 * manifest.json listing them all. A released document is published as the very PDF of its release: when the
 * content still says what its release said, `<id>.pdf` is that file; when it says something else under the same
 * version, the build fails (the version must be raised).
 */
export async function publishDocuments(project: Project, options: PublishDocumentsOptions): Promise<PublishedDocuments> {
  const view = project.view();
  const contents = buildDocuments(view);
  const lock = project.model.releases?.data.releases ?? [];
  const archive: ArchiveResult = options.latestOnly
    ? { complete: false, note: 'Only the newest versions were built (--latest-only).', versions: [], newLocks: [] }
    : await archiveReleases({
        contentPath: resolve(project.root, project.model.contentDir),
        cacheDir: options.cacheDir,
        signer: options.signer,
        release: options.release,
        lock,
        publishedDirs: options.publishedDirs,
        baseUrl: view.organisation.site.baseUrl,
        ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}),
        log: options.log,
      });
  if (archive.note) options.log(`  ${archive.note}`);
  const latest = latestReleased(contents, archive.versions);

  const redlines = await versionRedlines(archive.versions, new ArchiveCache(options.cacheDir));
  const versions: ManifestVersion[] = [];
  for (const version of archive.versions) {
    const { id, version: number } = version.release;
    const file = versionFile(id, number);
    write(join(options.outDir, file), version.bytes);
    const redline = redlines.find((r) => r.to === version);
    if (redline) write(join(options.outDir, redlineFile(id, redline.from.release.version, number)), redline.bytes);
    versions.push(manifestVersion(version, file, contents, redline));
    options.log(
      `  ${file}  released at ${version.release.commit.slice(0, 7)} (${formatDate(version.issued.day)})${version.source === 'rendered' ? '' : `  ${version.source === 'cache' ? 'from the cache' : 'as published'}`}`,
    );
  }
  const manifest = await writeDocuments({
    contents,
    buildDate: project.buildDate,
    signer: options.signer,
    outDir: options.outDir,
    ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}),
    archive: {
      versions,
      complete: archive.complete,
      ...(archive.note ? { note: archive.note } : {}),
      latest: (content) => latest.get(content.id),
    },
  });
  return { manifest, newLocks: archive.newLocks };
}

/**
 * For each released document whose version was released from a commit, that release's PDF. The content must
 * still say what the release said: the same version with other content would be two different documents under
 * one version number.
 */
function latestReleased(contents: readonly DocumentContent[], versions: readonly ArchivedVersion[]) {
  const out = new Map<string, { bytes: Uint8Array; pages: number; issued: ArchivedVersion['issued']; signer: ArchivedVersion['signer'] }>();
  for (const content of contents) {
    if (content.status !== 'released') continue;
    const released = versions.find((v) => v.release.id === content.id && v.release.version === content.version);
    if (!released) continue; // released in the working tree, not committed yet: built as it is
    if (released.contentHash !== content.hash) {
      throw new ArchiveError(
        `${content.id} ${content.version} was released at ${released.release.commit.slice(0, 7)} (${formatDate(released.issued.day)}) and says something different now (content hash ${content.hash.slice(0, 16)}…, released ${released.contentHash.slice(0, 16)}…): raise its version and effective date and add a changelog entry; \`npm run diff -- ${released.release.commit.slice(0, 7)}\` shows what changed`,
      );
    }
    out.set(content.id, { bytes: released.bytes, pages: released.pages, issued: released.issued, signer: released.signer });
  }
  return out;
}

function manifestVersion(
  version: ArchivedVersion,
  file: string,
  contents: readonly DocumentContent[],
  redline: { from: ArchivedVersion; bytes: Uint8Array; pages: number } | undefined,
): ManifestVersion {
  const { id, version: number } = version.release;
  const now = contents.find((doc) => doc.id === id);
  return {
    id,
    label: version.content?.label ?? now?.label ?? id,
    title: version.content?.title ?? now?.title ?? id,
    version: number,
    effective: version.release.effective,
    file,
    commit: version.release.commit,
    issued: version.issued.instant,
    pages: version.pages,
    bytes: version.bytes.length,
    sha256: sha256(version.bytes),
    contentHash: version.contentHash,
    signerFingerprint: version.signer.fingerprint,
    development: version.signer.development,
    ...(redline
      ? {
          changes: {
            from: redline.from.release.version,
            file: redlineFile(id, redline.from.release.version, number),
            pages: redline.pages,
            bytes: redline.bytes.length,
            sha256: sha256(redline.bytes),
          },
        }
      : {}),
  };
}

function write(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}
