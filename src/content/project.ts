import type { BuildDate } from './build-date.ts';
import type { Finding } from './finding.ts';
import { loadContent, type LoadCache, type LoadMemo } from './load.ts';
import { buildModel, type Model } from './model.ts';
import type { Prefetched } from './prefetch.ts';
import { buildPublicView, type PublicView } from './public-view.ts';

/** Where the content is and which day it is read on: resolved once by the command line (src/cli/config.ts). */
export interface ProjectOptions {
  /** Project root (absolute): the folder holding the content folder; finding paths are relative to it. */
  root: string;
  /** Content folder, relative to the root or absolute. */
  contentDir: string;
  /** The build date every date-dependent check and output uses. */
  buildDate: BuildDate;
  /** Share unchanged files with another load of the same content (the diff's two sides). */
  memo?: LoadMemo;
  /** Take files unchanged since an earlier run from its results (validate's cache, src/content/load-cache.ts). */
  cache?: LoadCache;
  /** Content files read ahead while the command loaded (src/content/prefetch.ts). */
  prefetched?: Prefetched;
}

export interface Project {
  root: string;
  buildDate: BuildDate;
  model: Model;
  /** Findings from loading (syntax, schema, stray files). Rules add the rest. */
  loadFindings: Finding[];
  /** The public view, built on first use. Only call it once validation has passed. */
  view(): PublicView;
}

/** Loads the content on a build date: the first step of every command that reads content. */
export function loadProject(options: ProjectOptions): Project {
  const { content, findings } = loadContent({
    root: options.root,
    contentDir: options.contentDir,
    ...(options.memo ? { memo: options.memo } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.prefetched ? { prefetched: options.prefetched } : {}),
  });
  const model = buildModel(content, options.buildDate);
  let view: PublicView | undefined;
  return { root: content.root, buildDate: options.buildDate, model, loadFindings: findings, view: () => (view ??= buildPublicView(model)) };
}
