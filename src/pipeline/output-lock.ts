import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildLockError } from './errors.ts';

/**
 * One build at a time per output folder. The lock is a file beside the folder (`.dist.lock` for `dist/`) naming
 * its holder: process id, host, and a random token that tells two holders apart even when a process id is reused.
 *
 * Every step is a single atomic file-system operation, so two builds racing for the lock cannot both get it:
 * - taking it is a hard link of a fully written file to the lock name, which fails if the name exists (a plain
 *   exclusive create would show a racing reader an empty file for a moment);
 * - a lock whose holder is gone (a killed build) is renamed aside before it is deleted, and deleted only if the
 *   renamed file is the one that was judged stale; a fresh lock moved by mistake is put back;
 * - the holder checks that the lock is still its own right before it replaces the output, and releases only its own.
 */
export interface OutputLock {
  /** Throws a BuildLockError when the lock no longer names this build. */
  verify(): void;
  release(): void;
  /** The holder of a stale lock this build took over, for the log. */
  tookOver?: string;
}

export interface LockOptions {
  pid: number;
  /** This machine's name: a lock from another machine cannot be checked for a live process. */
  host: string;
  /** Whether a process with this id runs on this machine (default: a signal-0 probe). */
  alive?(pid: number): boolean;
  /** Wall-clock milliseconds, only to age a lock from another machine (default: Date.now). */
  now?(): number;
}

/** A lock from another machine counts as abandoned after this long (no build takes an hour). */
const FOREIGN_LOCK_MS = 60 * 60 * 1000;

export function lockPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.lock`);
}

export function lockOutput(outDir: string, options: LockOptions): OutputLock {
  const lock = lockPath(outDir);
  mkdirSync(dirname(lock), { recursive: true });
  const content = `${options.pid} ${options.host} ${randomUUID()}\n`;
  const mine = `${lock}.${randomUUID().slice(0, 8)}.new`;
  writeFileSync(mine, content);
  let tookOver: string | undefined;
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      if (create(mine, lock)) {
        return {
          verify() {
            const now = read(lock);
            if (now === content) return;
            throw new BuildLockError(
              `another build took the lock ${lock} while this one ran${now ? ` (${describe(now)})` : ''}; ${outDir} was left as it was`,
            );
          },
          release() {
            if (read(lock) === content) rmSync(lock, { force: true });
          },
          ...(tookOver ? { tookOver } : {}),
        };
      }
      const held = read(lock);
      if (held === undefined) continue; // released in the meantime
      if (!abandoned(held, lock, options)) {
        throw new BuildLockError(
          `another build (${describe(held)}) is writing ${outDir}; wait for it to finish, or delete ${lock} if that build is gone`,
        );
      }
      const aside = `${lock}.${randomUUID().slice(0, 8)}.stale`;
      try {
        renameSync(lock, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      if (read(aside) === held) tookOver = describe(held);
      // Another build replaced the stale lock between the read and the rename: give its lock back. Should a third
      // build have taken the name meanwhile, the one of the two that is not named fails its verify().
      else create(aside, lock);
      rmSync(aside, { force: true });
    }
    throw new BuildLockError(`could not take the lock ${lock}: other builds keep taking it; try again`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Creates `target` as a link to the complete file `from`; false when `target` exists. */
function create(from: string, target: string): boolean {
  try {
    linkSync(from, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links: an exclusive create, with the content written right after.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
      try {
        writeFileSync(target, readFileSync(from), { flag: 'wx' });
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  }
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parse(content: string): { pid: number; host: string } | undefined {
  const [pid, host] = content.trim().split(' ');
  const number = Number(pid);
  return Number.isInteger(number) && number > 0 && host ? { pid: number, host } : undefined;
}

function describe(content: string): string {
  const holder = parse(content);
  return holder ? `process ${holder.pid} on ${holder.host}` : 'a lock file this version cannot read';
}

/** Whether the build that wrote the lock is gone: its process is not running, or another machine's lock is old. */
function abandoned(content: string, lock: string, options: LockOptions): boolean {
  const holder = parse(content);
  if (!holder) return true;
  if (holder.host === options.host) return !(options.alive ?? running)(holder.pid);
  try {
    return (options.now ?? Date.now)() - statSync(lock).mtimeMs > FOREIGN_LOCK_MS;
  } catch {
    return false;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !exited(pid);
}

/**
 * A process that has exited but was not yet reaped (a zombie) still answers the signal-0 probe. A build killed
 * with SIGKILL is one until its parent, or init when the parent died with it (`timeout -s KILL`), reaps it: the
 * next build would wrongly report that build as still writing. Linux says so in /proc/<pid>/stat.
 */
function exited(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ...": the name may itself hold ") ", so the state follows the last one.
    const state = stat[stat.lastIndexOf(')') + 2];
    return state === 'Z' || state === 'X';
  } catch {
    return false; // no /proc (not Linux), or the process just went: the signal probe's answer stands
  }
}
