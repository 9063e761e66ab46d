import { processIo } from '../src/cli/io.ts';
import { run } from '../src/cli/verify.ts';
process.exitCode = await run(process.argv.slice(2), processIo());
