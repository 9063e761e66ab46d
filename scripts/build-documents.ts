// npm run build-documents -- [options]: see src/cli/build-documents.ts, or run it with --help.
import { main } from '../src/cli/main.ts';
await main('build-documents');
