import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../content/files.ts';
import { hostileBodies } from '../hostile-content.ts';
import { timeCommand } from '../measure.ts';
import { npmScript } from '../npm-script.ts';
import { benchCacheHome, benchEnv, type BenchContext } from '../workspace.ts';
import type { Row } from '../report.ts';

/**
 * `validate` as a whole process on 1,000 and 10,000 measures with as many questionnaire answers (budgets: 0.6 s and
 * 5 s on 2 cores), two ways: a first run, with an empty load cache (what CI and a fresh clone pay), and a run after
 * editing one measure (what a security engineer pays, checking each change). Then on 100 measures with bodies
 * written to hang or crash a Markdown pipeline (src/bench/hostile-content.ts): those refused on their text must be
 * answered at once, and the slowest ones the limits let through to the parser soon after.
 */
export function benchValidate(context: BenchContext): Row[] {
  const { root, workspace } = context;
  const { command, args } = npmScript(root, 'validate');
  const rows: Row[] = [];
  for (const [measures, budget] of [
    [1000, 0.6],
    [10000, 5],
  ] as const) {
    const content = workspace.contentDir(measures);
    const size = `${measures} measures + ${measures} answers`;
    const options = { cwd: root, env: benchEnv(context), runs: 3, okStatus: [0, 1] };
    const validate = [...args, '--content', content];
    const emptyCache = () => rmSync(benchCacheHome(context), { recursive: true, force: true });
    rows.push({
      task: 'validate, first run (empty cache)',
      size,
      ...timeCommand(command, validate, { ...options, before: emptyCache }),
      budget,
    });

    // Each timed run follows an edit of another measure's wording: one file changed since the cache was filled.
    const files = listFiles(join(content, 'measures')).slice(0, 4);
    const originals = files.map((file) => readFileSync(join(content, 'measures', file), 'utf8'));
    try {
      timeCommand(command, validate, options);
      const edit = (run: number) => {
        const file = join(content, 'measures', files[run]!);
        writeFileSync(file, originals[run]!.replace(/\n+$/, `\nThe wording of this paragraph changed before run ${run + 1}.\n`));
      };
      rows.push({
        task: 'validate, again after editing one measure',
        size,
        ...timeCommand(command, validate, { ...options, before: edit }),
        budget,
      });
    } finally {
      files.forEach((file, index) => writeFileSync(join(content, 'measures', file), originals[index]!));
    }
  }

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
