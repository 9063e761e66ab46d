import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs with the project's conventions: a stray `--` (npm passes one through) is ignored,
 * and every parsing problem is a UsageError, printed as one line with a pointer to --help.
 */
export function parseOptions<T extends Options>(argv: readonly string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv.filter((arg) => arg !== '--'), options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}
