import { execFileSync } from 'node:child_process';

/**
 * The one clock of the project. Every date an output contains (freshness checks, document dates, security.txt
 * Expires, PDF metadata, signing time) comes from here, so the same commit builds the same bytes on any machine.
 */
export interface BuildDate {
  /** Midnight-free instant: the exact second from SOURCE_DATE_EPOCH or the commit. */
  date: Date;
  /** Seconds since the Unix epoch. */
  epochSeconds: number;
  /** The UTC calendar day, YYYY-MM-DD, used for every date comparison. */
  iso: string;
  /** Where the date came from, for messages. */
  source: 'SOURCE_DATE_EPOCH' | 'git';
}

export class BuildDateError extends Error {}

/** Reads SOURCE_DATE_EPOCH, else the last commit's committer date in `cwd`. Never falls back to the wall clock. */
export function resolveBuildDate(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): BuildDate {
  const env = options.env ?? process.env;
  const fromEnv = env.SOURCE_DATE_EPOCH?.trim();
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv)) {
      throw new BuildDateError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got "${fromEnv}"`);
    }
    return fromEpoch(Number(fromEnv), 'SOURCE_DATE_EPOCH');
  }
  let out: string;
  try {
    out = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: options.cwd ?? process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    out = '';
  }
  if (!/^\d+$/.test(out)) {
    throw new BuildDateError(
      'cannot tell the build date: set SOURCE_DATE_EPOCH (seconds since 1970) or build inside a git repository with at least one commit',
    );
  }
  return fromEpoch(Number(out), 'git');
}

export function fromEpoch(epochSeconds: number, source: BuildDate['source'] = 'SOURCE_DATE_EPOCH'): BuildDate {
  const date = new Date(epochSeconds * 1000);
  return { date, epochSeconds, iso: date.toISOString().slice(0, 10), source };
}

/** Adds an ISO 8601 date duration ("P1Y", "P6M", "P2W", "P90D") to a YYYY-MM-DD date, in UTC calendar arithmetic. */
export function addDuration(isoDay: string, duration: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!match) throw new Error(`not an ISO 8601 date duration: ${duration}`);
  const [, y, m, w, d] = match.map((part) => Number(part ?? 0));
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + (y ?? 0), date.getUTCMonth() + (m ?? 0), date.getUTCDate() + (w ?? 0) * 7 + (d ?? 0));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
