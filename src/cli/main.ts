import { enableCompileCache } from 'node:module';
import { processIo } from './io.ts';
import { prefetchFor } from './prefetch.ts';

/** The commands scripts/<name>.ts start; each module exports `run(argv, io) → exit code`. */
const commands = {
  validate: () => import('./validate.ts'),
  build: () => import('./build.ts'),
  'build-documents': () => import('./build-documents.ts'),
  verify: () => import('./verify.ts'),
  diff: () => import('./diff.ts'),
  new: () => import('./new.ts'),
  init: () => import('./init.ts'),
  check: () => import('./check.ts'),
  bench: () => import('./bench.ts'),
  screenshots: () => import('./screenshots.ts'),
  export: () => import('./export.ts'),
} as const;

export type CommandName = keyof typeof commands;

/**
 * The one place that touches the real process: it enables Node's compile cache (loading code is a large share of
 * a validate or diff run; the cache keeps compiled, type-stripped modules between runs) before the command's
 * modules load, runs the command with the real streams and environment, and sets the exit code.
 */
export async function main(name: CommandName): Promise<void> {
  enableCompileCache();
  const argv = process.argv.slice(2);
  const io = processIo();
  // validate's modules take about 0.2 s to load before it opens a file: its content is read meanwhile.
  const prefetched = name === 'validate' ? prefetchFor(argv, io) : undefined;
  const command = await commands[name]();
  process.exitCode = await command.run(argv, prefetched ? { ...io, prefetched } : io);
}
