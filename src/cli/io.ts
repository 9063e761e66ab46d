import type { Prefetched } from '../content/prefetch.ts';
import { createInterface } from 'node:readline/promises';

/**
 * What a command may touch of the outside world, passed in rather than reached for: the two output streams, the
 * environment and the working directory. Every command is `run(argv, io) → exit code`, so tests call commands
 * in-process with captured streams and a chosen environment, and `process` is read in exactly one place.
 */
export interface Output {
  write(text: string): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** Environment variables; only src/cli/ reads them (configuration is resolved here and passed down). */
  env: Readonly<Record<string, string | undefined>>;
  /** Working directory: the project root unless an option says otherwise. */
  cwd: string;
  /** Whether stdout is a terminal (colour and progress output). */
  isTTY: boolean;
  /** Asks the person at the terminal one question; absent when stdin is not a terminal (CI never waits). */
  prompt?: (question: string) => Promise<string>;
  /** The content folder, read ahead while the command's modules loaded (src/cli/prefetch.ts): validate only. */
  prefetched?: Promise<Prefetched>;
}

/** The real process as an Io: what the one-line entry points in scripts/ pass. */
export function processIo(): Io {
  return {
    stdout: untilClosed(process.stdout),
    stderr: untilClosed(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdin.isTTY ? { prompt: ask } : {}),
  };
}

/**
 * A stream that stops being written once its reader has gone (`npm run validate | head -1`): the reader has what
 * it wanted, and the command still finishes and exits with its own code. Without this, Node reports the broken
 * pipe (EPIPE) as an unhandled error with a stack trace. Any other write error still surfaces.
 */
function untilClosed(stream: NodeJS.WriteStream): Output {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return { write: (text: string) => closed || stream.write(text) };
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** An Io that records what a command writes: for tests and for commands that call other commands. */
export function memoryIo(options: { env?: Record<string, string | undefined>; cwd?: string; isTTY?: boolean } = {}): Io & {
  out(): string;
  err(): string;
} {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
    out: () => out,
    err: () => err,
  };
}
