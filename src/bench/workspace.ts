import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticContent } from './synthetic-content.ts';

/** The build date every benchmark uses (2026-11-27), so runs are comparable and nothing depends on the clock. */
export const BENCH_EPOCH = 1795737600;
const BENCH_DATE = '2026-11-27';

/** What every suite gets: the project root, the scratch workspace, and the environment to start commands with. */
export interface BenchContext {
  root: string;
  workspace: Workspace;
  /** The command line's environment; suites add SOURCE_DATE_EPOCH and NO_COLOR. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The environment a timed command runs with: the caller's, on the bench's fixed date, without colours, and with a
 * cache folder in the workspace (validate's load cache), so that a bench neither reads nor fills the user's own.
 */
export function benchEnv(context: BenchContext, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...context.env,
    SOURCE_DATE_EPOCH: String(BENCH_EPOCH),
    NO_COLOR: '1',
    XDG_CACHE_HOME: benchCacheHome(context),
    ...extra,
  };
}

/** The cache folder of the bench's commands (see benchEnv). */
export function benchCacheHome(context: BenchContext): string {
  return join(context.workspace.dir, 'cache');
}

/** A scratch folder holding generated content, removed by `dispose`. */
export interface Workspace {
  dir: string;
  contentDir(measures: number): string;
  dispose(): void;
}

export function createWorkspace(projectRoot: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'tc-bench-'));
  const made = new Map<number, string>();
  return {
    dir,
    contentDir(measures) {
      const existing = made.get(measures);
      if (existing) return existing;
      const target = join(dir, `n${measures}`, 'content');
      writeContent(target, syntheticContent({ measures, buildDate: BENCH_DATE }));
      made.set(measures, target);
      return target;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function writeContent(target: string, files: Map<string, string>): void {
  for (const [file, text] of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), text);
  }
}

export function git(context: BenchContext, cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...context.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_AUTHOR_DATE: `${BENCH_EPOCH} +0000`,
      GIT_COMMITTER_DATE: `${BENCH_EPOCH} +0000`,
    },
  });
}
