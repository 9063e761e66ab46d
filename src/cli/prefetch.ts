import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prefetchContent, type Prefetched } from '../content/prefetch.ts';
import { contentDir } from './config.ts';
import type { Io } from './io.ts';

/**
 * Starts reading the content folder a command line names (--content, else CONTENT_DIR, else content), before the
 * command has parsed its options: a lenient look at the arguments, since a wrong guess costs only the read-ahead.
 * Nothing is started for a run that reads no content (--help, --rules).
 */
export function prefetchFor(argv: readonly string[], io: Io): Promise<Prefetched> | undefined {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' }, rules: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  if (values.help || values.rules) return undefined;
  const option = typeof values.content === 'string' ? values.content : undefined;
  return prefetchContent(resolve(io.cwd, contentDir(io, option)));
}
