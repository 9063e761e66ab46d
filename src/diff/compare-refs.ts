import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadCache, LoadMemo } from '../content/load.ts';
import { loadProject, type Project } from '../content/project.ts';
import { diffModels } from './diff-models.ts';
import { assertRepository, defaultBase, resolveCommit } from './git.ts';
import { contentDirOf, extractRef, headBuildDate, loadExtracted } from './load-ref.ts';
import type { ChangeSet, Side } from './types.ts';

export interface CompareOptions {
  /** Project root inside a git repository. */
  root: string;
  /** Base ref; defaults to where HEAD left main (see `defaultBase`). */
  base?: string;
  /** Head ref; defaults to the working tree, uncommitted edits included. */
  head?: string;
  /** Content folder, relative to the root or absolute inside it. */
  contentDir: string;
  /** SOURCE_DATE_EPOCH as the command line read it: both sides are loaded on this date when given. */
  sourceDateEpoch?: string;
  /** Files unchanged since an earlier run (validate's load cache), for either side. */
  cache?: LoadCache;
}

/** Both sides of a comparison, loaded on the same build date, and how to name them. */
export interface LoadedSides {
  base: Project;
  head: Project;
  sides: { base: Side; head: Side };
}

/**
 * The diff command's steps: choose the two sides, pick one build date (the head's), unpack the refs (git and tar
 * run while the working tree loads), load both, compare. Rejects with a GitError for refs that do not exist.
 */
export async function compareRefs(options: CompareOptions): Promise<ChangeSet> {
  const loaded = await loadSides(options);
  return diffModels(loaded.base, loaded.head, { sides: loaded.sides });
}

/** Chooses and loads the two sides of a comparison (see `compareRefs`). */
export async function loadSides(options: CompareOptions): Promise<LoadedSides> {
  const root = resolve(options.root);
  const contentDir = contentDirOf(root, options.contentDir);
  assertRepository(root);
  const base: Side = options.base ? { ref: options.base, commit: resolveCommit(root, options.base) } : chosenBase(root);
  const head: Side = options.head ? { ref: options.head, commit: resolveCommit(root, options.head) } : { ref: 'working tree' };
  const buildDate = headBuildDate(root, head.commit, options.sourceDateEpoch);

  const baseFiles = extractRef(root, base.commit!, contentDir);
  const headFiles = head.commit ? extractRef(root, head.commit, contentDir) : undefined;
  const pending = headFiles ? [baseFiles, headFiles] : [baseFiles];
  // Failures are handled below; without this a rejection during the synchronous load would crash the process.
  for (const promise of pending) promise.catch(() => {});
  try {
    // Files unchanged between the refs are parsed and checked once, for both sides.
    const shared = { memo: new Map() as LoadMemo, ...(options.cache ? { cache: options.cache } : {}) };
    const headProject = headFiles
      ? loadExtracted(await headFiles, buildDate, shared)
      : loadProject({ root, contentDir, buildDate, ...shared });
    const baseProject = loadExtracted(await baseFiles, buildDate, shared);
    return { base: baseProject, head: headProject, sides: { base, head } };
  } catch (error) {
    // Remove whatever was unpacked but never loaded.
    for (const result of await Promise.allSettled(pending)) {
      if (result.status === 'fulfilled') rmSync(result.value.dir, { recursive: true, force: true });
    }
    throw error;
  }
}

function chosenBase(root: string): Side {
  const choice = defaultBase(root);
  return { ref: choice.ref, commit: choice.commit, note: choice.note };
}
