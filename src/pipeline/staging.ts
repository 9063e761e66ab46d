import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildLockError } from './errors.ts';

/**
 * A build never writes into the output folder. It takes the folder's lock, builds into a fresh staging folder
 * beside it, and replaces the output only when every step succeeded: an interrupted or failed build leaves the
 * previous output as it was, and two builds of one folder never write into each other.
 *
 * The replacement is two renames on one file system (output aside, staging in), microseconds apart; a build killed
 * between the two leaves the previous output under its aside name, and the next build puts it back first.
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
  return { parent, lock: join(parent, `.${base}.lock`), staging: `.${base}.building-`, aside: `.${base}.previous-` };
};

/**
 * Takes the output folder's lock, or throws a BuildLockError naming the build that holds it. A lock left by a
 * process that no longer runs (a killed build) is taken over. Returns the function that releases it.
 */
export function lockOutput(outDir: string, pid: number): () => void {
  const { parent, lock } = names(outDir);
  mkdirSync(parent, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${pid}\n`);
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new BuildLockError(
          `another build (process ${holder}) is writing ${outDir}; wait for it to finish, or delete ${lock} if that process is gone`,
        );
      }
      unlinkSync(lock);
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * With the lock held: puts back an output an interrupted replacement set aside, removes staging folders of killed
 * builds, and makes a fresh staging folder.
 */
export function createStaging(outDir: string): Staging {
  const { parent, staging, aside } = names(outDir);
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(staging) || name.startsWith(aside));
  const setAside = leftovers.filter((name) => name.startsWith(aside));
  if (!existsSync(outDir) && setAside.length) renameSync(join(parent, setAside[0]!), outDir);
  for (const name of leftovers) rmSync(join(parent, name), { recursive: true, force: true });
  const dir = mkdtempSync(join(parent, staging));
  return {
    dir,
    site: join(dir, 'site'),
    documents: join(dir, 'documents'),
    astroCache: join(dir, 'astro-cache'),
    inputFile: join(dir, 'site-input.json'),
  };
}

/** Replaces the output folder with the staged site, and deletes the replaced one. */
export function publish(stage: Staging, outDir: string): void {
  const { parent, aside } = names(outDir);
  const old = join(parent, `${aside}${basename(stage.dir).slice(-6)}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(stage.site, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** Removes the staging folder. */
export function removeStaging(stage: Staging): void {
  rmSync(stage.dir, { recursive: true, force: true });
}
