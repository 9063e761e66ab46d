import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import { benchEnv, type BenchContext } from '../workspace.ts';
import type { Row } from '../report.ts';

/**
 * `validate` as a whole process on 1,000 and 10,000 measures, with as many questionnaire answers. Budgets: 0.6 s
 * and 5 s on 2 cores.
 */
export function benchValidate(context: BenchContext): Row[] {
  const { root, workspace } = context;
  return [
    [1000, 0.6],
    [10000, 5],
  ].map(([measures, budget]) => {
    const content = workspace.contentDir(measures!);
    const { command, args } = npmScript(root, 'validate');
    const timing = timeCommand(command, [...args, '--content', content], {
      cwd: root,
      env: benchEnv(context),
      runs: 3,
      okStatus: [0, 1],
    });
    return { task: 'validate', size: `${measures} measures + ${measures} answers`, ...timing, budget };
  });
}
