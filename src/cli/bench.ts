import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { formatRows, overBudget, type Row } from '../bench/report.ts';
import { benchDiff } from '../bench/suites/diff.ts';
import { benchDocuments } from '../bench/suites/documents.ts';
import { benchBuild } from '../bench/suites/full-build.ts';
import { benchSearch } from '../bench/suites/search.ts';
import { benchValidate } from '../bench/suites/validate.ts';
import { createWorkspace, type BenchContext } from '../bench/workspace.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine } from './options.ts';

const suites: Record<string, (context: BenchContext) => Row[] | Promise<Row[]>> = {
  validate: benchValidate,
  documents: benchDocuments,
  diff: benchDiff,
  build: benchBuild,
  search: benchSearch,
};

export const usage = `Usage: npm run bench -- [--only ${Object.keys(suites).join(',')}]

Whole-process wall times on synthetic content of growing size, checked against the budgets in the issues. Prints
a Markdown table for the README's Performance section. Exit status: 1 when a budget is exceeded.`;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('bench', io, async () => {
    const parsed = commandLine(argv, io, usage, { only: { type: 'string' } });
    if (!parsed) return EXIT.ok;
    const { values } = parsed;
    const chosen = values.only ? values.only.split(',') : Object.keys(suites);
    const unknown = chosen.filter((name) => !suites[name]);
    if (unknown.length) throw new UsageError(`unknown suite ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);

    const root = resolve(io.cwd);
    const workspace = createWorkspace(root);
    const rows: Row[] = [];
    try {
      for (const name of chosen) {
        io.stderr.write(`running ${name} ...\n`);
        rows.push(...(await suites[name]!({ root, workspace, env: io.env })));
      }
    } finally {
      workspace.dispose();
    }
    io.stdout.write(`Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n\n`);
    io.stdout.write(`${formatRows(rows)}\n`);
    const over = overBudget(rows);
    if (over.length) {
      io.stderr.write(`\nover budget: ${over.map((row) => `${row.task} at ${row.size}`).join(', ')}\n`);
      return EXIT.problem;
    }
    return EXIT.ok;
  });
}
