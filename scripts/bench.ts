// npm run bench -- [--only validate,build,documents,diff]
// Whole-process wall times on synthetic content of growing size, checked against the budgets in the issues.
// Exit 1 when a budget is exceeded. Prints a Markdown table for the README's Performance section.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { formatRows, overBudget, type Row } from '../src/bench/report.ts';
import { benchBuild } from '../src/bench/suites/build.ts';
import { benchDocuments } from '../src/bench/suites/documents.ts';
import { benchValidate } from '../src/bench/suites/validate.ts';
import { benchDiff } from '../src/diff/bench.ts';
import { createWorkspace } from '../src/bench/workspace.ts';

const suites: Record<string, (root: string, workspace: ReturnType<typeof createWorkspace>) => Row[] | Promise<Row[]>> = {
  validate: benchValidate,
  documents: benchDocuments,
  diff: benchDiff,
  build: benchBuild,
};

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const chosen = values.only ? values.only.split(',') : Object.keys(suites);
const unknown = chosen.filter((name) => !suites[name]);
if (unknown.length) {
  console.error(`unknown suite ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}

const root = process.cwd();
const workspace = createWorkspace(root);
const rows: Row[] = [];
try {
  for (const name of chosen) {
    console.error(`running ${name} ...`);
    rows.push(...(await suites[name]!(root, workspace)));
  }
} finally {
  workspace.dispose();
}
console.log(`Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
console.log(formatRows(rows));
const over = overBudget(rows);
if (over.length) {
  console.error(`\nover budget: ${over.map((row) => `${row.task} at ${row.size}`).join(', ')}`);
  process.exitCode = 1;
}
