import { join } from 'node:path';
import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import type { Row } from '../report.ts';
import { BENCH_EPOCH, type Workspace } from '../workspace.ts';

/**
 * The whole main job (validate, PDFs, Astro site, Pagefind index) as one process tree, at 100, 1,000 and 5,000
 * synthetic measures, with peak memory. Budget: under 20 s at 1,000 measures on 2 cores.
 */
export function benchBuild(root: string, workspace: Workspace): Row[] {
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
      env: {
        ...process.env,
        SOURCE_DATE_EPOCH: String(BENCH_EPOCH),
        NO_COLOR: '1',
        DOCUMENTS_STAGING_DIR: join(out, 'documents'),
        ASTRO_CACHE_DIR: join(out, 'astro-cache'),
      },
    });
    return { task: 'build (validate + PDFs + site + search)', size: `${measures} measures`, ...timing, ...(budget ? { budget } : {}) };
  });
}
