import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../content/files.ts';
import { hostileBodies } from '../hostile-content.ts';
import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import { benchEnv, type BenchContext } from '../workspace.ts';
import type { Row } from '../report.ts';

/**
 * `validate` as a whole process on 1,000 and 10,000 measures with as many questionnaire answers (budgets: 0.6 s and
 * 5 s on 2 cores), and on 100 measures with bodies written to hang or crash a Markdown pipeline (src/bench/hostile-content.ts): those refused
 * on their text must be answered at once, and the slowest ones the limits let through to the parser soon after.
 */
export function benchValidate(context: BenchContext): Row[] {
  const { root, workspace } = context;
  const { command, args } = npmScript(root, 'validate');
  const rows: Row[] = [
    [1000, 0.6],
    [10000, 5],
  ].map(([measures, budget]) => {
    const content = workspace.contentDir(measures!);
    const timing = timeCommand(command, [...args, '--content', content], { cwd: root, env: benchEnv(context), runs: 3, okStatus: [0, 1] });
    return { task: 'validate', size: `${measures} measures + ${measures} answers`, ...timing, budget };
  });

  const all = hostileBodies();
  const groups = [
    { task: 'validate, hostile bodies refused before parsing', bodies: all.filter((body) => body.beforeParse), budget: 1 },
    { task: 'validate, the slowest bodies the limits let through', bodies: all.filter((body) => !body.beforeParse), budget: 2 },
  ];
  for (const [group, { task, bodies, budget }] of groups.entries()) {
    const content = join(workspace.dir, `hostile-${group}`, 'content');
    cpSync(workspace.contentDir(100), content, { recursive: true });
    const files = listFiles(join(content, 'measures'));
    bodies.forEach((hostileBody, index) => {
      const file = join(content, 'measures', files[index]!);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${text.slice(0, text.indexOf('\n---\n') + 5)}\n${hostileBody.body}\n`);
    });
    // A broken benchmark must not pass as fast: the run must say what is wrong with each hostile body.
    const check = spawnSync(command, [...args, '--content', content], {
      cwd: root,
      env: benchEnv(context),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    for (const [index, hostileBody] of bodies.entries()) {
      const said = check.stdout.split('\n').filter((line) => line.includes(files[index]!) && line.includes('body-limits'));
      if (hostileBody.expect ? !said.some((line) => line.includes(hostileBody.expect)) : said.length > 0) {
        throw new Error(`validate's findings for "${hostileBody.name}" are not what the benchmark expects:\n${said.join('\n')}`);
      }
    }
    const timing = timeCommand(command, [...args, '--content', content], { cwd: root, env: benchEnv(context), runs: 3, okStatus: [0, 1] });
    rows.push({ task, size: `100 measures: ${bodies.map((body) => body.name).join('; ')}`, ...timing, budget });
  }
  return rows;
}
