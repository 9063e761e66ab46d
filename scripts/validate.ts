// npm run validate -- [--format text|json|github] [--strict] [--base <git-ref>] [--content <dir>] [--rules]
// Checks all content and reports every problem at once. Exit 0: no errors; 1: errors; 2: could not run.
import { enableCompileCache } from 'node:module';

// Validation is the pull-request feedback loop: Node's compile cache keeps the compiled (and type-stripped)
// modules between runs, which saves about a fifth of a run. Enabled before the code it should cache is imported.
enableCompileCache();
const { runValidate } = await import('../src/rules/cli.ts');
process.exitCode = await runValidate(process.argv.slice(2));
