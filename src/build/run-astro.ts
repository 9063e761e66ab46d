import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Runs `astro build` as a child process on the same Node binary. A separate process keeps Astro's module graph
 * and memory out of the orchestrator, and it reads the content folder, output folder and build date from the
 * environment exactly as a user's own `npx astro build` would.
 */
export function runAstroBuild(root: string, env: NodeJS.ProcessEnv): void {
  const require = createRequire(join(root, 'package.json'));
  const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: root,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
}
