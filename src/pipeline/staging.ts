import { existsSync, lstatSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { OutputFolderError } from './errors.ts';
import type { OutputLock } from './output-lock.ts';

/**
 * A build never writes into the output folder. Holding the folder's lock (output-lock.ts), it builds into a fresh
 * staging folder beside it and replaces the output only when every step succeeded: a failed, interrupted or killed
 * build leaves the previous output as it was.
 *
 * The replacement is two renames on one file system (output aside, staging in), microseconds apart. A build killed
 * between the two leaves the previous output under its aside name; the next build puts it back before anything else.
 */
export interface Staging {
  /** The staging folder, removed when the build ends. */
  dir: string;
  /** What becomes the output folder. */
  site: string;
  /** Where the signed PDFs are written before they move into the site. */
  documents: string;
  /** Astro's cache, private to this build. */
  astroCache: string;
  /** The site input file for Astro. */
  inputFile: string;
}

const names = (outDir: string) => {
  const parent = dirname(outDir);
  const base = basename(outDir);
  return { parent, staging: `.${base}.building-`, aside: `.${base}.previous-`, lockLitter: `.${base}.lock.` };
};

/** A previous build has this file; a folder without it is not the build's to replace. */
const BUILD_MARK = join('documents', 'manifest.json');

/**
 * Refuses an output folder whose replacement would destroy something that is not a build: the project or one of
 * its parents, the content, a file, or a folder that holds anything but a previous build.
 */
export function checkOutputFolder(outDir: string, project: { root: string; contentDir: string }): void {
  const out = resolve(outDir);
  const root = resolve(project.root);
  const content = resolve(root, project.contentDir);
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
  if (out === parse(out).root || within(root, out)) {
    throw new OutputFolderError(`the output folder ${out} holds the project itself; choose a folder of its own, such as dist`);
  }
  if (within(content, out) || within(out, content)) {
    throw new OutputFolderError(
      `the output folder ${out} overlaps the content folder ${content}; choose a folder of its own, such as dist`,
    );
  }
  if (!existsSync(out)) {
    // The build makes the folder and the lock beside it: a file where a parent folder should be would stop it
    // halfway, with the file system's error instead of this line.
    let parent = dirname(out);
    while (!existsSync(parent)) parent = dirname(parent);
    if (!statSync(parent).isDirectory())
      throw new OutputFolderError(`the output folder ${out} cannot be made: ${parent} is a file; choose another --out`);
    return;
  }
  if (!lstatSync(out).isDirectory()) throw new OutputFolderError(`the output ${out} exists and is not a folder; choose another --out`);
  if (readdirSync(out).length > 0 && !existsSync(join(out, BUILD_MARK))) {
    throw new OutputFolderError(
      `${out} holds files but no previous build (no ${BUILD_MARK}); a build replaces its output folder entirely, so choose an empty or new folder`,
    );
  }
}

/**
 * With the lock held: puts back an output that an interrupted replacement set aside, removes what killed builds
 * left behind, and makes a fresh staging folder. Returns the folder and what was put right, for the log.
 */
export function createStaging(outDir: string): { stage: Staging; repaired: string[] } {
  const { parent, staging, aside, lockLitter } = names(outDir);
  const repaired: string[] = [];
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(staging) || name.startsWith(aside));
  const setAside = leftovers.filter((name) => name.startsWith(aside));
  if (!existsSync(outDir) && setAside.length > 0) {
    const newest = setAside.sort((a, b) => statSync(join(parent, b)).mtimeMs - statSync(join(parent, a)).mtimeMs)[0]!;
    renameSync(join(parent, newest), outDir);
    repaired.push(`put back ${relative(parent, outDir)}, which an interrupted build had set aside`);
  }
  for (const name of leftovers) {
    if (!existsSync(join(parent, name))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    if (name.startsWith(staging)) repaired.push(`removed ${name}, the staging folder of an interrupted build`);
  }
  // Half-made lock files of builds killed while taking the lock; young ones may belong to a build trying now.
  for (const name of readdirSync(parent).filter((entry) => entry.startsWith(lockLitter))) {
    const file = join(parent, name);
    if (Date.now() - statSync(file).mtimeMs > 10 * 60 * 1000) rmSync(file, { force: true });
  }
  const dir = mkdtempSync(join(parent, staging));
  return {
    stage: {
      dir,
      site: join(dir, 'site'),
      documents: join(dir, 'documents'),
      astroCache: join(dir, 'astro-cache'),
      inputFile: join(dir, 'site-input.json'),
    },
    repaired,
  };
}

/** Replaces the output folder with the staged site, if the lock is still this build's, and deletes the replaced one. */
export function publish(stage: Staging, outDir: string, lock: OutputLock): void {
  const { parent, aside } = names(outDir);
  const old = join(parent, `${aside}${basename(stage.dir).slice(-6)}`);
  lock.verify();
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(stage.site, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** Removes the staging folder. */
export function removeStaging(stage: Staging): void {
  rmSync(stage.dir, { recursive: true, force: true });
}
