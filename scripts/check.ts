// npm run check -- [options]: see src/cli/check.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('check');
