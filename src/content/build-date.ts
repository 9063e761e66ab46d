import { execFileSync } from 'node:child_process';

/**
 * The one clock of the project, and its one form. Every date an output contains (freshness checks, document dates,
 * security.txt Expires, feeds, PDF metadata, signing time) comes from one BuildDate, resolved once at the command
 * line and passed down, so the same commit builds the same bytes on any machine. It is plain data (it travels to
 * the site build as JSON); consumers take the field they print.
 */
export interface BuildDate {
  /** Seconds since the Unix epoch: SOURCE_DATE_EPOCH, or the last commit's committer time. */
  epochSeconds: number;
  /** The UTC calendar day, YYYY-MM-DD: every date comparison and every printed date. */
  day: string;
  /** The exact UTC second, YYYY-MM-DDTHH:MM:SSZ: signing time, PDF and feed timestamps, the manifest. */
  instant: string;
  /** Where the date came from, for messages. */
  source: 'SOURCE_DATE_EPOCH' | 'git';
}

export class BuildDateError extends Error {}

/** A build date from seconds since the epoch. */
export function buildDateFromEpoch(epochSeconds: number, source: BuildDate['source'] = 'SOURCE_DATE_EPOCH'): BuildDate {
  const instant = new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { epochSeconds, day: instant.slice(0, 10), instant, source };
}

/** The build date as a Date, for libraries that take one (pdf-lib). */
export function asDate(buildDate: BuildDate): Date {
  return new Date(buildDate.epochSeconds * 1000);
}

/**
 * SOURCE_DATE_EPOCH when given (the value of the variable, read by the command line), else the last commit's
 * committer date in `cwd`. Never falls back to the wall clock: a copy without git history must say its date.
 */
export function resolveBuildDate(options: { sourceDateEpoch?: string; cwd: string }): BuildDate {
  const fromEnv = options.sourceDateEpoch?.trim();
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv)) {
      throw new BuildDateError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got "${fromEnv}"`);
    }
    return buildDateFromEpoch(Number(fromEnv), 'SOURCE_DATE_EPOCH');
  }
  let out: string;
  try {
    out = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: options.cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    out = '';
  }
  if (!/^\d+$/.test(out)) {
    throw new BuildDateError(
      'cannot tell the build date: this folder has no git history. Set SOURCE_DATE_EPOCH to the release date in seconds since 1970, for example `SOURCE_DATE_EPOCH=$(date -u -d 2026-11-01 +%s) npm run build`',
    );
  }
  return buildDateFromEpoch(Number(out), 'git');
}

/** Adds an ISO 8601 date duration ("P1Y", "P6M", "P2W", "P90D") to a YYYY-MM-DD date, in UTC calendar arithmetic. */
export function addDuration(isoDay: string, duration: string): string {
  // Content repeats the same few review dates and periods thousands of times; Date arithmetic is the slow part.
  const key = `${isoDay}+${duration}`;
  let sum = durationSums.get(key);
  if (sum === undefined) durationSums.set(key, (sum = computeDuration(isoDay, duration)));
  return sum;
}

const durationSums = new Map<string, string>();

function computeDuration(isoDay: string, duration: string): string {
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
