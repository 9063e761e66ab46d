// npm run verify -- [options]: see src/cli/verify.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('verify');
