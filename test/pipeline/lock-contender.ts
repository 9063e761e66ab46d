import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { BuildLockError } from '../../src/pipeline/errors.ts';
import { lockOutput, lockPath } from '../../src/pipeline/output-lock.ts';

// One of several processes racing for the same output folder's lock (output-lock.test.ts). In each round, all of
// them try at the same instant; the winner holds the lock for a while, logs when, and then "dies": it leaves the
// lock behind naming a process that has exited, so the next round races to take over a stale lock.
const [outDir, log, go, rounds, deadPid] = process.argv.slice(2) as [string, string, string, string, string];
const ROUND_MS = 80;
// The system's monotonic clock, which every process reads alike. Not performance.timeOrigin + now(): each process
// fixes its time origin at start-up, and on a loaded machine those origins disagree by milliseconds, enough to
// make two holds that followed each other look as if they overlapped.
const now = () => Number(process.hrtime.bigint()) / 1e6;
const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => ms > 0 && Atomics.wait(pause, 0, 0, ms);
// Loaded and ready; the test writes the start time into `go` once every contender is.
appendFileSync(log, 'ready\n');
while (!existsSync(go)) sleep(5);
const startAt = Number(readFileSync(go, 'utf8'));
for (let round = 0; round < Number(rounds); round++) {
  const at = startAt + round * ROUND_MS;
  if (now() > at) continue;
  // Sleep, then spin the last moment: all contenders leave the line within microseconds of one another.
  sleep(at - now() - 3);
  while (now() < at);
  try {
    const lock = lockOutput(outDir, { pid: process.pid, host: hostname() });
    const start = now();
    sleep(20);
    lock.verify();
    const end = now();
    appendFileSync(log, `held ${round} ${start} ${end}\n`);
    writeFileSync(lockPath(outDir), `${deadPid} ${hostname()} dead-${round}\n`);
  } catch (error) {
    if (!(error instanceof BuildLockError)) throw error;
  }
}
