// npm run bench -- [options]: see src/cli/bench.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('bench');
