import { join } from 'node:path';
import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import type { Row } from '../report.ts';
import { benchEnv, type BenchContext } from '../workspace.ts';

/**
 * The whole main job (validate, PDFs, Astro site, Pagefind index) as one process tree, at 100, 1,000 and 5,000
 * synthetic measures, with peak memory. Budget: under 20 s at 1,000 measures on 2 cores.
 */
export function benchBuild(context: BenchContext): Row[] {
  const { root, workspace } = context;
  return [
    [100, undefined],
    [1000, 20],
    [5000, undefined],
  ].map(([measures, budget]) => {
    const content = workspace.contentDir(measures!);
    const out = join(workspace.dir, `build-${measures}`);
    const { command, args } = npmScript(root, 'build');
    const timing = timeCommand(command, [...args, '--content', content, '--out', join(out, 'dist')], {
      cwd: root,
      env: benchEnv(context),
    });
    return { task: 'build (validate + PDFs + site + search)', size: `${measures} measures`, ...timing, ...(budget ? { budget } : {}) };
  });
}
