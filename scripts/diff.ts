// npm run diff -- [options]: see src/cli/diff.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('diff');
