import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildLockError } from '../../src/pipeline/errors.ts';
import { lockOutput, lockPath } from '../../src/pipeline/output-lock.ts';

let dir: string;
let outDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-lock-'));
  outDir = join(dir, 'dist');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pids: number[]) => (pid: number) => pids.includes(pid);
/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('the output lock', () => {
  it('is a file beside the output naming its holder, and release removes it', () => {
    const lock = lockOutput(outDir, { pid: 101, host: 'here', alive: alive([101]) });
    expect(readFileSync(lockPath(outDir), 'utf8')).toMatch(/^101 here [0-9a-f-]{36}\n$/);
    lock.verify();
    lock.release();
    expect(existsSync(lockPath(outDir))).toBe(false);
  });

  it('refuses a second build while the holder runs, naming it', () => {
    const first = lockOutput(outDir, { pid: 101, host: 'here', alive: alive([101, 102]) });
    expect(() => lockOutput(outDir, { pid: 102, host: 'here', alive: alive([101, 102]) })).toThrow(
      new BuildLockError(
        `another build (process 101 on here) is writing ${outDir}; wait for it to finish, or delete ${lockPath(outDir)} if that build is gone`,
      ),
    );
    first.verify();
  });

  it('takes over the lock of a build that is gone, and says so', () => {
    lockOutput(outDir, { pid: 101, host: 'here', alive: alive([101]) });
    const second = lockOutput(outDir, { pid: 102, host: 'here', alive: alive([102]) });
    expect(second.tookOver).toBe('process 101 on here');
    second.verify();
  });

  it('takes over a lock it cannot read', () => {
    writeFileSync(lockPath(outDir), '');
    expect(lockOutput(outDir, { pid: 102, host: 'here', alive: alive([102]) }).tookOver).toBe('a lock file this version cannot read');
  });

  it("keeps another machine's lock for an hour, then takes it over", () => {
    lockOutput(outDir, { pid: 101, host: 'there', alive: alive([]) });
    expect(() => lockOutput(outDir, { pid: 102, host: 'here', alive: alive([]) })).toThrow(BuildLockError);
    utimesSync(lockPath(outDir), new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    expect(lockOutput(outDir, { pid: 102, host: 'here', alive: alive([]) }).tookOver).toBe('process 101 on there');
  });

  it.skipIf(process.platform !== 'linux')('takes over the lock of a killed build not yet reaped (a zombie process)', async () => {
    // The child exits after half a second, when its parent has become `sleep`, which never waits for it: a zombie for
    // seconds, as a build killed with SIGKILL is until its parent (or init, when that died too) reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.5 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((done) => parent.stdout.once('data', (data: Buffer) => done(String(data)))));
      const state = () => /\) (\w)/.exec(readFileSync(`/proc/${zombie}/stat`, 'utf8'))?.[1];
      while (state() !== 'Z') await new Promise((wait) => setTimeout(wait, 10));
      writeFileSync(lockPath(outDir), `${zombie} here stale\n`);
      expect(lockOutput(outDir, { pid: 102, host: 'here' }).tookOver).toBe(`process ${zombie} on here`);
    } finally {
      parent.kill();
    }
  });

  it('fails verify, and releases nothing, once another build holds the lock', () => {
    const first = lockOutput(outDir, { pid: 101, host: 'here', alive: alive([101]) });
    // Another machine wrongly judged the first build gone and took over.
    const second = lockOutput(outDir, { pid: 101, host: 'here', alive: alive([]) });
    expect(() => first.verify()).toThrow(
      /another build took the lock .* while this one ran \(process 101 on here\); .* was left as it was/,
    );
    first.release();
    second.verify();
  });

  it('never lets two real processes hold it at once, when they race for it and for stale locks', async () => {
    const host = (await import('node:os')).hostname();
    const dead = deadPid();
    writeFileSync(lockPath(outDir), `${dead} ${host} stale\n`);
    const log = join(dir, 'log');
    writeFileSync(log, '');
    const contender = new URL('./lock-contender.ts', import.meta.url).pathname;
    const go = join(dir, 'go');
    const contenders = Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<void>((done, fail) => {
            const child = spawn(process.execPath, [contender, outDir, log, go, '30', String(dead)], {
              stdio: ['ignore', 'ignore', 'inherit'],
            });
            child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`contender exited ${code}`))));
          }),
      ),
    );
    // Every process starts its rounds at the same instant, once all have loaded.
    while (readFileSync(log, 'utf8').split('ready').length <= 6) await new Promise((wait) => setTimeout(wait, 20));
    // On the contenders' clock (the monotonic one, see lock-contender.ts).
    writeFileSync(go, String(Number(process.hrtime.bigint()) / 1e6 + 300));
    await contenders;
    const held = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('held'))
      .map((line) => line.split(' ').slice(2).map(Number) as [number, number]);
    // Most rounds have a winner, and no two holds overlap.
    expect(held.length).toBeGreaterThan(10);
    held.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < held.length; i++)
      expect(held[i]![0], `hold ${i} began before hold ${i - 1} ended`).toBeGreaterThan(held[i - 1]![1]);
  });
});
