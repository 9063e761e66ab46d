// npm run init -- [options]: see src/cli/init.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('init');
