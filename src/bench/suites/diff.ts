import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../content/files.ts';
import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import type { Row } from '../report.ts';
import { benchCacheHome, benchEnv, git, type BenchContext } from '../workspace.ts';

/**
 * `npm run bench` suite: `npm run diff -- HEAD~1` as a whole process (module loading, two `git archive`s, two
 * loads, the documents and rules of both sides, the report) in a git repository whose last commit rewords
 * `changed` of `measures` synthetic measures: as a first run, and after `npm run validate` filled the load cache.
 * Budget from the issue: under 2 s for 1,000 measures with 50 changed.
 */
export function benchDiff(
  context: BenchContext,
  sizes: readonly [measures: number, changed: number, budget?: number][] = [[1000, 50, 2]],
): Row[] {
  const { workspace } = context;
  const { command, args } = npmScript(context.root, 'diff');
  return sizes.flatMap(([measures, changed, budget]) => {
    const repo = mkdtempSync(join(workspace.dir, 'diff-repo-'));
    try {
      cpSync(workspace.contentDir(measures), join(repo, 'content'), { recursive: true });
      git(context, repo, 'init', '-q', '-b', 'main');
      git(context, repo, 'add', '-A');
      git(context, repo, 'commit', '-qm', 'synthetic content');
      rewordMeasures(join(repo, 'content'), changed);
      git(context, repo, 'commit', '-qam', `reword ${changed} measures`);
      // 1: documents change, which they do here.
      const options = { cwd: repo, env: benchEnv(context), runs: 3, okStatus: [1] };
      const size = `${measures} measures, ${changed} changed`;
      const limit = budget !== undefined ? { budget } : {};
      const emptyCache = () => rmSync(benchCacheHome(context), { recursive: true, force: true });
      const first = timeCommand(command, [...args, 'HEAD~1'], { ...options, before: emptyCache });
      // What the README's workflow does: validate the change, then look at what it does to the documents.
      const validate = npmScript(context.root, 'validate');
      timeCommand(validate.command, validate.args, { ...options, okStatus: [0, 1] });
      const afterValidate = timeCommand(command, [...args, 'HEAD~1'], options);
      return [
        { task: 'diff, first run (empty cache)', size, ...first, ...limit },
        { task: 'diff, after validate (load cache filled)', size, ...afterValidate, ...limit },
      ];
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
}

/** Rewords `count` measures spread over the content: one word replaced and one sentence added to each body. */
function rewordMeasures(content: string, count: number): void {
  const files = listFiles(join(content, 'measures')).filter((file) => file.endsWith('.mdx'));
  const step = Math.max(1, Math.floor(files.length / count));
  for (let i = 0; i < count && i * step < files.length; i++) {
    const path = join(content, 'measures', files[i * step]!);
    const text = readFileSync(path, 'utf8');
    const close = text.indexOf('\n---', 3) + 4;
    const body = text
      .slice(close)
      .replace(/\bevery\b/, 'each')
      .trimEnd();
    writeFileSync(path, `${text.slice(0, close)}${body} The measure was last audited by an external auditor in 2026.\n`);
  }
}
