// npm run build -- [options]: see src/cli/build.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('build');
