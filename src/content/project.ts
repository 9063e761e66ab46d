import type { Finding } from '../rules/finding.ts';
import { resolveBuildDate, type BuildDate } from './build-date.ts';
import { loadContent, type LoadMemo } from './load.ts';
import { buildModel, type Model } from './model.ts';
import { buildPublicView, type PublicView } from './public-view.ts';

export interface ProjectOptions {
  /** Project root (the folder holding content/); defaults to the working directory. */
  root?: string;
  /** Content folder, relative to the root or absolute; defaults to CONTENT_DIR, else "content". */
  contentDir?: string;
  /** Environment to read SOURCE_DATE_EPOCH from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** A fixed build date, for tests and for the diff (which loads two refs on one date). */
  buildDate?: BuildDate;
  /** Share unchanged files with another load of the same content (the diff's two sides). */
  memo?: LoadMemo;
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

/** Loads content and the build date: the entry point of every command. */
export function loadProject(options: ProjectOptions = {}): Project {
  const root = options.root ?? process.cwd();
  const buildDate = options.buildDate ?? resolveBuildDate({ cwd: root, env: options.env });
  const { content, findings } = loadContent({ root, contentDir: options.contentDir, memo: options.memo });
  const model = buildModel(content, buildDate);
  let view: PublicView | undefined;
  return { root: content.root, buildDate, model, loadFindings: findings, view: () => (view ??= buildPublicView(model)) };
}
