// npm run export -- answers [options]: see src/cli/export.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('export');
