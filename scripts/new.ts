// npm run new -- [options]: see src/cli/new.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('new');
