import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import { BENCH_EPOCH, type Workspace } from '../workspace.ts';
import type { Row } from '../report.ts';

/** `validate` as a whole process on 1,000 and 10,000 measures. Budgets: 1 s and 5 s on 2 cores. */
export function benchValidate(root: string, workspace: Workspace): Row[] {
  return [
    [1000, 1],
    [10000, 5],
  ].map(([measures, budget]) => {
    const content = workspace.contentDir(measures!);
    const { command, args } = npmScript(root, 'validate');
    const timing = timeCommand(command, [...args, '--content', content], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: String(BENCH_EPOCH), NO_COLOR: '1' },
      runs: 3,
      okStatus: [0, 1],
    });
    return { task: 'validate', size: `${measures} measures`, ...timing, budget };
  });
}
