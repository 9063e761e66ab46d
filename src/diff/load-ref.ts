import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildDateFromEpoch, resolveBuildDate, type BuildDate } from '../content/build-date.ts';
import type { LoadCache, LoadMemo } from '../content/load.ts';
import { loadProject, type Project } from '../content/project.ts';
import { assertRepository, commitTime, GitError, resolveCommit } from './git.ts';

export interface LoadRefOptions {
  /** Project root inside a git repository. */
  root: string;
  /** A git ref (branch, tag, commit, HEAD~1). */
  ref: string;
  /** Content folder, relative to the root or absolute inside it. */
  contentDir: string;
  /** The build date to load on: always the head's, so that freshness cannot differ between the two sides. */
  buildDate: BuildDate;
  /** Files unchanged since an earlier run, from validate's load cache. */
  cache?: LoadCache;
}

export interface LoadedRef {
  project: Project;
  commit: string;
}

/**
 * Takes the content folder out of a commit: `git archive <commit> -- <content> | tar -x` into a scratch folder, a
 * few milliseconds for thousands of files. Runs as one shell pipeline so that git and tar stream to each other
 * while this process does other work (see `extractRef`); arguments are passed positionally, never interpolated.
 * Exit 3 means the commit has no content folder (a ref from before the content existed).
 */
const EXTRACT = `
if [ -z "$(git ls-tree --name-only "$1" -- "$2")" ]; then exit 3; fi
git archive --format=tar "$1" -- "$2" | tar -x -C "$3"
`;

/** An unpacked ref waiting to be loaded. */
export interface Extracted {
  dir: string;
  contentDir: string;
  commit: string;
}

/** Starts unpacking a commit's content folder and resolves when it is on disk. */
export function extractRef(root: string, commit: string, contentDir: string): Promise<Extracted> {
  const dir = mkdtempSync(join(scratchDir(), 'trust-center-diff-'));
  return new Promise((done, fail) => {
    execFile(
      'sh',
      ['-c', EXTRACT, 'extract', commit, contentDir, dir],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && error.code !== 3) {
          rmSync(dir, { recursive: true, force: true });
          fail(new GitError(`cannot read ${contentDir} at ${commit.slice(0, 7)}: ${String(stderr).trim() || error.message}`));
          return;
        }
        if (error) mkdirSync(join(dir, contentDir), { recursive: true });
        done({ dir, contentDir, commit });
      },
    );
  });
}

function extractRefSync(root: string, commit: string, contentDir: string): Extracted {
  const dir = mkdtempSync(join(scratchDir(), 'trust-center-diff-'));
  try {
    execFileSync('sh', ['-c', EXTRACT, 'extract', commit, contentDir, dir], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    if ((error as { status?: number }).status !== 3) {
      rmSync(dir, { recursive: true, force: true });
      throw new GitError(
        `cannot read ${contentDir} at ${commit.slice(0, 7)}: ${String((error as { stderr?: unknown }).stderr ?? '').trim()}`,
      );
    }
    mkdirSync(join(dir, contentDir), { recursive: true });
  }
  return { dir, contentDir, commit };
}

/**
 * Loads an unpacked ref through the project's one loader and deletes the scratch folder: the loader keeps
 * everything it needs in memory (bodies are parsed from the text it read).
 */
export function loadExtracted(extracted: Extracted, buildDate: BuildDate, shared: { memo?: LoadMemo; cache?: LoadCache } = {}): Project {
  try {
    return loadProject({ root: extracted.dir, contentDir: extracted.contentDir, buildDate, ...shared });
  } finally {
    rmSync(extracted.dir, { recursive: true, force: true });
  }
}

/** Loads the content as it was at a ref (synchronously). A commit without the content folder loads as empty. */
export function loadRef(options: LoadRefOptions): LoadedRef {
  const root = resolve(options.root);
  const contentDir = contentDirOf(root, options.contentDir);
  assertRepository(root);
  const commit = resolveCommit(root, options.ref);
  const shared = options.cache ? { cache: options.cache } : {};
  return { project: loadExtracted(extractRefSync(root, commit, contentDir), options.buildDate, shared), commit };
}

/**
 * Where to unpack a ref: /dev/shm (memory) when the machine has it, else the temporary folder. Unpacking a
 * thousand files to memory takes a tenth of the time it takes on a busy disk.
 */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** The content folder as a path relative to the root, which is how git archive wants it. */
export function contentDirOf(root: string, contentDir: string): string {
  const dir = contentDir.replace(/\/+$/, '');
  if (!isAbsolute(dir)) return dir;
  const inside = relative(root, dir);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new GitError(`the content folder ${dir} is outside the project root ${root}`);
  return inside.split('\\').join('/');
}

/**
 * The build date for a head: SOURCE_DATE_EPOCH when set, else the commit's date for a ref, else the working
 * tree's (the last commit's) date. Both sides of a diff are loaded on this date.
 */
export function headBuildDate(root: string, headCommit: string | undefined, sourceDateEpoch?: string): BuildDate {
  if (sourceDateEpoch?.trim() || headCommit === undefined) return resolveBuildDate({ cwd: root, sourceDateEpoch });
  return buildDateFromEpoch(commitTime(root, headCommit), 'git');
}
