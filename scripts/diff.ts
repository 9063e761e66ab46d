// npm run diff -- [<base-ref> [<head-ref>]] [--format markdown|json]: what a change does to the contract documents.
// Exit status: 0 no document changes, 1 documents change, 2 usage or internal error (see --help).
import { enableCompileCache } from 'node:module';

// Node keeps the compiled modules in its cache folder between runs: loading code is a third of a diff's time.
enableCompileCache();
const { runDiff } = await import('../src/diff/cli.ts');
process.exitCode = await runDiff(process.argv.slice(2));
