import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The command `npm run <name>` runs, with `node` replaced by this Node binary: the benchmarks time exactly what
 * users run, flags included, without npm's own start-up (about 0.3 s of npm on the machine's Node 20).
 */
export function npmScript(root: string, name: string): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const line = scripts[name];
  if (!line) throw new Error(`package.json has no "${name}" script`);
  const [program, ...args] = line.split(/\s+/);
  if (program !== 'node') throw new Error(`the "${name}" script does not start with node: ${line}`);
  return { command: process.execPath, args: args.map((arg) => (/^(?:\.\/)?scripts\//.test(arg) ? join(root, arg) : arg)) };
}
