import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Timing {
  /** Wall time in seconds (median of the runs). */
  seconds: number;
  /** Peak resident memory in MB of the slowest run, when /usr/bin/time can tell. */
  peakMb?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command as its own process and times it from spawn to exit: what a user waits for. Runs it `runs` times
 * and keeps the median, because one slow run on a shared machine says little. Throws with the command's output
 * when it fails, so a broken benchmark is never reported as fast.
 */
export function timeCommand(
  command: string,
  args: readonly string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    runs?: number;
    okStatus?: readonly number[];
    /** Sets the scene for each run (an edit, an emptied cache), outside the timed part. */
    before?: (run: number) => void;
  } = {},
): Timing {
  const runs = options.runs ?? 1;
  const samples: Timing[] = [];
  const haveTime = existsSync(GNU_TIME);
  for (let i = 0; i < runs; i++) {
    options.before?.(i);
    const started = process.hrtime.bigint();
    const result = haveTime
      ? spawnSync(GNU_TIME, ['-f', '@@peak %M', command, ...args], {
          cwd: options.cwd,
          env: options.env,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        })
      : spawnSync(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const ok = options.okStatus ?? [0];
    if (result.status === null || !ok.includes(result.status)) {
      throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
    }
    const peak = /@@peak (\d+)/.exec(result.stderr ?? '')?.[1];
    samples.push({ seconds, ...(peak ? { peakMb: Math.round(Number(peak) / 1024) } : {}) });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  const median = samples[Math.floor(samples.length / 2)]!;
  const peakMb = Math.max(...samples.map((s) => s.peakMb ?? 0));
  return { seconds: median.seconds, ...(peakMb ? { peakMb } : {}) };
}

/** Times an in-process function (median of runs). */
export async function timeFunction(f: () => unknown | Promise<unknown>, runs = 3): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await f();
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)]! };
}
