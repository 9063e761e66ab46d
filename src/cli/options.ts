import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';
import type { Io } from './io.ts';

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

const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * A command's options plus `-h`/`--help`, parsed by `parseOptions`. When help is asked for, `usage` is printed and
 * the result is undefined: the command returns EXIT.ok and does nothing else, whatever other options were given.
 */
export function commandLine<T extends Options>(
  argv: readonly string[],
  io: Pick<Io, 'stdout'>,
  usage: string,
  options: T,
  allowPositionals = false,
) {
  const parsed = parseOptions(argv, { ...options, ...helpOption } as T & typeof helpOption, allowPositionals);
  // (The values' type is only known at each call; `help` is always among them.)
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(`${usage}\n`);
    return undefined;
  }
  return parsed;
}

/**
 * The value of `--<name>` when it is one of `choices`, else a UsageError naming them all:
 * `--format must be xlsx, csv or json, got "pdf"`, with `why` in brackets after it when given.
 */
export function oneOf<const C extends readonly [string, ...string[]]>(
  name: string,
  value: string | undefined,
  choices: C,
  why?: string,
): C[number] {
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value;
  const allowed = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0];
  throw new UsageError(`--${name} must be ${allowed}, got "${value}"${why ? ` (${why})` : ''}`);
}
