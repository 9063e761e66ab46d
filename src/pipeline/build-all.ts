import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Project } from '../content/project.ts';
import type { Manifest } from '../documents/manifest.ts';
import { loadSigner, type SigningConfig } from '../pdf/sign/signer.ts';
import { recordReleases } from './archive/lock.ts';
import { publishDocuments } from './publish-documents.ts';
import { runAstroBuild } from './run-astro.ts';
import { buildSearchIndex } from './search-index.ts';
import { shapeSite } from '../site/data.ts';
import { searchRecords } from '../site/search-records.ts';
import { asOutputError } from './errors.ts';
import { lockOutput } from './output-lock.ts';
import { checkOutputFolder, createStaging, publish, removeStaging } from './staging.ts';

export interface BuildOptions {
  /** Project root: astro.config.ts and the site's sources. */
  root: string;
  /** The folder to (re)place with the built site (absolute). */
  outDir: string;
  /** The project's cache folder: development signing keys. */
  cacheDir: string;
  /** Sign with the real key or fail; record newly released PDFs in releases.lock.yaml. */
  release: boolean;
  signing: SigningConfig;
  /** Build only the newest version of each document, not the released versions from git history. */
  latestOnly: boolean;
  /** Folders holding PDFs as published before (--archive), for released versions that no longer reproduce. */
  archiveDirs: readonly string[];
  /** The environment child processes (Astro) start with. */
  childEnv: Readonly<Record<string, string | undefined>>;
  /** Progress lines for the terminal. */
  log(line: string): void;
  /** This process's id and this machine's name, for the output folder's lock. */
  pid: number;
  host: string;
  /** The content folder: the output folder must not overlap it. */
  contentDir: string;
}

export interface BuildResult {
  manifest: Manifest;
  /** The lock file, when this (release) build recorded newly released PDFs in it. */
  lockWritten?: string;
  /** Pages in the search index. */
  searchPages: number;
}

/**
 * The main job after validation: sign the annex PDFs, build the site from the public view, index it for search,
 * and only then replace the output folder (see staging.ts). The project must have validated without errors.
 * A refusal of the file system (permissions, a full disk) becomes one line, like every expected failure.
 */
export async function buildAll(project: Project, options: BuildOptions): Promise<BuildResult> {
  try {
    return await stagedBuild(project, options);
  } catch (error) {
    throw asOutputError(error);
  }
}

async function stagedBuild(project: Project, options: BuildOptions): Promise<BuildResult> {
  checkOutputFolder(options.outDir, { root: options.root, contentDir: options.contentDir });
  const lock = lockOutput(options.outDir, { pid: options.pid, host: options.host });
  try {
    if (lock.tookOver) options.log(`  took over the lock of an interrupted build (${lock.tookOver})`);
    const { stage, repaired } = createStaging(options.outDir);
    for (const line of repaired) options.log(`  ${line}`);
    try {
      const step = (name: string) => options.log(`\n▸ ${name}`);
      const view = project.view();

      step('build and sign the annex PDFs');
      const signer = loadSigner({
        cacheDir: options.cacheDir,
        signing: options.signing,
        release: options.release,
        organisation: view.organisation.name,
        signingTime: new Date(project.buildDate.instant),
      });
      const { manifest, newLocks } = await publishDocuments(project, {
        outDir: stage.documents,
        signer,
        cacheDir: options.cacheDir,
        release: options.release,
        latestOnly: options.latestOnly,
        // The previous output still holds the released versions as published.
        publishedDirs: [join(options.outDir, 'documents'), ...options.archiveDirs],
        log: options.log,
        ...(options.signing.tsaUrl ? { tsaUrl: options.signing.tsaUrl } : {}),
      });
      for (const doc of manifest.documents) options.log(`  ${doc.file}  ${doc.version}  ${doc.status}${doc.signed ? '  signed' : ''}`);

      step('build the site');
      runAstroBuild({
        root: options.root,
        input: {
          view,
          documents: manifest.documents,
          versions: manifest.versions,
          archive: manifest.archive,
          outDir: stage.site,
          cacheDir: stage.astroCache,
        },
        inputFile: stage.inputFile,
        env: options.childEnv,
      });
      // The PDFs are at /documents/<id>.pdf whatever the language (beside the documents page of a site in one).
      mkdirSync(join(stage.site, 'documents'), { recursive: true });
      for (const file of readdirSync(stage.documents)) renameSync(join(stage.documents, file), join(stage.site, 'documents', file));

      step('build the search index');
      // One set of records per language: Pagefind builds an index per language from their <html lang>.
      const records = view.organisation.site.languages.flatMap((language) => searchRecords(shapeSite(view, manifest.documents, language)));
      const search = await buildSearchIndex(stage.site, records);
      options.log(`  ${search.pages} records indexed`);

      publish(stage, options.outDir, lock);
      // Only once the release is out: the lock records what was published.
      const lockWritten = recordReleases(
        resolve(project.root, project.model.contentDir),
        project.model.releases?.data.releases ?? [],
        newLocks,
      );
      return { manifest, searchPages: search.pages, ...(lockWritten ? { lockWritten } : {}) };
    } finally {
      removeStaging(stage);
    }
  } finally {
    lock.release();
  }
}
