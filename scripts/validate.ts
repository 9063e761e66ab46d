// npm run validate -- [options]: see src/cli/validate.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('validate');
