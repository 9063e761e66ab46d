import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../content/project.ts';
import { buildDocuments } from '../documents/contents.ts';
import type { Manifest } from '../documents/manifest.ts';
import { loadSigner, type SigningConfig } from '../pdf/sign/signer.ts';
import { writeDocuments } from '../pdf/write-documents.ts';
import { runAstroBuild } from './run-astro.ts';
import { buildSearchIndex } from './search-index.ts';
import { shapeSite } from '../site/data.ts';
import { searchRecords } from '../site/search-records.ts';
import { createStaging, lockOutput, publish, removeStaging } from './staging.ts';

export interface BuildOptions {
  /** Project root: astro.config.ts and the site's sources. */
  root: string;
  /** The folder to (re)place with the built site (absolute). */
  outDir: string;
  /** The project's cache folder: development signing keys. */
  cacheDir: string;
  /** Sign with the real key or fail. */
  release: boolean;
  signing: SigningConfig;
  /** The environment child processes (Astro) start with. */
  childEnv: Readonly<Record<string, string | undefined>>;
  /** Progress lines for the terminal. */
  log(line: string): void;
  /** This process's id, for the output folder's lock. */
  pid: number;
}

export interface BuildResult {
  manifest: Manifest;
  /** Pages in the search index. */
  searchPages: number;
}

/**
 * The main job after validation: sign the annex PDFs, build the site from the public view, index it for search,
 * and only then replace the output folder (see staging.ts). The project must have validated without errors.
 */
export async function buildAll(project: Project, options: BuildOptions): Promise<BuildResult> {
  const unlock = lockOutput(options.outDir, options.pid);
  try {
    const stage = createStaging(options.outDir);
    try {
      const step = (name: string) => options.log(`\n▸ ${name}`);
      const view = project.view();

      step('build and sign the annex PDFs');
      const signer = loadSigner({
        cacheDir: options.cacheDir,
        signing: options.signing,
        release: options.release,
        organisation: view.organisation.name,
      });
      const manifest = await writeDocuments({
        contents: buildDocuments(view),
        buildDate: project.buildDate,
        signer,
        outDir: stage.documents,
        ...(options.signing.tsaUrl ? { tsaUrl: options.signing.tsaUrl } : {}),
      });
      for (const doc of manifest.documents) options.log(`  ${doc.file}  ${doc.version}  ${doc.status}${doc.signed ? '  signed' : ''}`);

      step('build the site');
      runAstroBuild({
        root: options.root,
        input: { view, documents: manifest.documents, outDir: stage.site, cacheDir: stage.astroCache },
        inputFile: stage.inputFile,
        env: options.childEnv,
      });
      // The documents page is at /documents/, so the folder exists: the PDFs move in beside its index.html.
      mkdirSync(join(stage.site, 'documents'), { recursive: true });
      for (const file of readdirSync(stage.documents)) renameSync(join(stage.documents, file), join(stage.site, 'documents', file));

      step('build the search index');
      const search = await buildSearchIndex(stage.site, searchRecords(shapeSite(view, manifest.documents)));
      options.log(`  ${search.pages} records indexed`);

      publish(stage, options.outDir);
      return { manifest, searchPages: search.pages };
    } finally {
      removeStaging(stage);
    }
  } finally {
    unlock();
  }
}
