// npm run screenshots -- [options]: see src/cli/screenshots.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('screenshots');
