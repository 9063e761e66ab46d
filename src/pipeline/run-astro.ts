import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SITE_INPUT_VARIABLE, type SiteInput } from '../site/input.ts';
import { SiteBuildError } from './errors.ts';

export interface AstroRun {
  /** Project root: where astro.config.ts and src/pages are. */
  root: string;
  /** What the pages read; written to `inputFile` for the child process. */
  input: SiteInput;
  inputFile: string;
  /** The environment to start the child with (the command line's, which Astro and Vite read for their own settings). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs `astro build` as a child process on the same Node binary. A separate process keeps Astro's module graph
 * and memory out of the orchestrator; the site input travels as a JSON file whose path is the one variable the
 * child reads (astro.config.ts).
 */
export function runAstroBuild(run: AstroRun): void {
  writeFileSync(run.inputFile, JSON.stringify(run.input));
  const require = createRequire(join(run.root, 'package.json'));
  const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: run.root,
    env: { ...run.env, ASTRO_TELEMETRY_DISABLED: '1', [SITE_INPUT_VARIABLE]: run.inputFile },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new SiteBuildError(`astro build failed (exit ${result.status ?? result.signal}); its messages are above`);
}
