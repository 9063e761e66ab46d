import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The product's tests run on fixtures, never on the project's own content/ (one customer's data, which a wording
 * change or another company's content replaces). This module enforces that at run time: loaded before every test
 * file (vitest setupFiles) and into every Node process a test starts (NODE_OPTIONS=--import), it makes any read
 * below <project>/content/ throw. A test that depends on the default content therefore fails on its first read,
 * whatever path it builds.
 */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROJECT_CONTENT = resolve(PROJECT_ROOT, 'content');

export class ProjectContentRead extends Error {}

function forbidden(path: unknown): boolean {
  let text: string;
  if (typeof path === 'string') text = path;
  else if (path instanceof URL) text = fileURLToPath(path);
  else if (Buffer.isBuffer(path)) text = path.toString();
  else return false;
  const absolute = resolve(text);
  return absolute === PROJECT_CONTENT || absolute.startsWith(PROJECT_CONTENT + sep);
}

function guard<T extends (...args: never[]) => unknown>(name: string, original: T): T {
  return function (this: unknown, ...args: Parameters<T>) {
    if (forbidden(args[0]) || (name === 'cpSync' && forbidden(args[1]))) {
      throw new ProjectContentRead(
        `a test read ${String(args[0])}: tests use fixtures under test/fixtures/, never the project's content/ (see test/helpers/content-guard.ts)`,
      );
    }
    return original.apply(this, args);
  } as T;
}

const READS = [
  'readFileSync',
  'readdirSync',
  'opendirSync',
  'openSync',
  'cpSync',
  'createReadStream',
  'readFile',
  'readdir',
  'open',
] as const;
const PROMISE_READS = ['readFile', 'readdir', 'open', 'opendir', 'cp'] as const;

const marker = Symbol.for('trust-center.content-guard');
const state = globalThis as Record<symbol, unknown>;
if (!state[marker]) {
  state[marker] = true;
  const target = fs as unknown as Record<string, (...args: never[]) => unknown>;
  for (const name of READS) target[name] = guard(name, target[name]!);
  const promises = fs.promises as unknown as Record<string, (...args: never[]) => unknown>;
  for (const name of PROMISE_READS) promises[name] = guard(name, promises[name]!);
  syncBuiltinESMExports();
  // Every Node process a test starts (the CLI, the build, Astro) loads the guard too.
  const self = fileURLToPath(import.meta.url);
  const option = `--import=${self}`;
  if (!(process.env.NODE_OPTIONS ?? '').includes(option)) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${option}`.trim();
}
