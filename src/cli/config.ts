import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { resolveBuildDate, type BuildDate } from '../content/build-date.ts';
import { CACHE_EXTENSION } from '../content/load-cache.ts';
import { SigningKeyError } from '../pdf/sign/signing-key-error.ts';
import type { SigningConfig } from '../pdf/sign/signer.ts';
import { UsageError } from './errors.ts';
import type { Io } from './io.ts';

/**
 * Configuration is resolved here, once, from the command line and the environment, and passed down as plain typed
 * values: nothing below src/cli/ reads the environment (a test enforces it). The variables a user can set:
 *
 *   CONTENT_DIR            content folder when --content is not given (default "content")
 *   SOURCE_DATE_EPOCH      the build date in seconds since 1970 (default: the last commit's date)
 *   RELEASE=1              same as --release: sign with the real key or fail
 *   SIGNING_P12            path to, or base64 of, the PKCS#12 signing key; SIGNING_P12_PASSWORD its password
 *   SIGNING_TSA_URL        an RFC 3161 time-stamping authority: signatures become PAdES B-T
 *   NO_COLOR               no colours in terminal output
 */
export interface ContentConfig {
  /** Project root (absolute): the working directory. */
  root: string;
  /** Content folder, relative to the root or absolute. */
  contentDir: string;
  buildDate: BuildDate;
}

export interface BuildConfig extends ContentConfig {
  /** Output folder (absolute). */
  outDir: string;
  /** The project's cache folder (absolute): development keys and build scratch space. */
  cacheDir: string;
  /** Sign with the real key or fail. */
  release: boolean;
  signing: SigningConfig;
  /** Build only the newest version of each document (no released versions from git history). */
  latestOnly: boolean;
  /** Folders holding PDFs as published before (--archive, absolute). */
  archiveDirs: string[];
}

/** The content folder and the build date for commands that read content. */
export function contentConfig(io: Io, options: { content?: string }): ContentConfig {
  const root = resolve(io.cwd);
  const dir = contentDir(io, options.content);
  requireFolder(
    resolve(root, dir),
    `the content folder ${options.content === undefined && io.env.CONTENT_DIR ? `${dir} (from CONTENT_DIR)` : dir}`,
  );
  return {
    root,
    contentDir: dir,
    buildDate: resolveBuildDate({ sourceDateEpoch: io.env.SOURCE_DATE_EPOCH, cwd: root }),
  };
}

/** Everything a build needs: content, build date, output folder, release mode and signing key. */
export function buildConfig(
  io: Io,
  options: { content?: string; out?: string; release?: boolean; 'latest-only'?: boolean; archive?: string[] },
): BuildConfig {
  const base = contentConfig(io, options);
  return {
    ...base,
    outDir: resolve(base.root, options.out ?? 'dist'),
    cacheDir: join(base.root, '.cache'),
    release: options.release === true || io.env.RELEASE === '1',
    signing: signingConfig(io),
    latestOnly: options['latest-only'] === true,
    archiveDirs: (options.archive ?? []).map((dir) => requireFolder(resolve(base.root, dir), `the --archive folder ${dir}`)),
  };
}

/** The real signing key and the time-stamping authority from the environment, if any. */
function signingConfig(io: Io): SigningConfig {
  const tsaUrl = io.env.SIGNING_TSA_URL?.trim();
  if (tsaUrl && !/^https?:\/\/[^\s]+$/i.test(tsaUrl)) {
    throw new SigningKeyError('SIGNING_TSA_URL must be an http:// or https:// URL of an RFC 3161 time-stamping authority');
  }
  return {
    ...(io.env.SIGNING_P12?.trim() ? { p12: io.env.SIGNING_P12.trim() } : {}),
    ...(io.env.SIGNING_P12_PASSWORD !== undefined ? { password: io.env.SIGNING_P12_PASSWORD } : {}),
    ...(tsaUrl ? { tsaUrl } : {}),
  };
}

/**
 * Where validate keeps the load results of unchanged files for the next run: the user's cache folder
 * ($XDG_CACHE_HOME, else ~/.cache), one file per content folder. Outside the repository on purpose: a cache a pull
 * request could commit would let it choose the findings its own files get. Undefined when there is no home folder.
 */
export function loadCacheFile(io: Io, config: Pick<ContentConfig, 'root' | 'contentDir'>): string | undefined {
  const base = io.env.XDG_CACHE_HOME?.trim() || (io.env.HOME?.trim() ? join(io.env.HOME.trim(), '.cache') : undefined);
  if (!base || !isAbsolute(base)) return undefined;
  const folder = createHash('sha256').update(resolve(config.root, config.contentDir)).digest('hex').slice(0, 24);
  return join(base, 'trust-center', 'validate', `${folder}${CACHE_EXTENSION}`);
}

/**
 * `path` when it is a folder, else a UsageError naming it as `what`. A content folder that is not there is a
 * mistyped --content or CONTENT_DIR: loaded, it would only report its two required files as missing, as if the
 * content were incomplete rather than elsewhere. A mistyped --archive would silently publish nothing from it, and a
 * released version that no longer builds byte for byte would then fail for a reason that hides the typo.
 */
function requireFolder(path: string, what: string): string {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`${what} does not exist`);
  }
  if (!folder) throw new UsageError(`${what} is not a folder`);
  return path;
}

/** --content, else CONTENT_DIR, else "content"; without trailing slashes. */
export function contentDir(io: Io, option?: string): string {
  return (option ?? io.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '') || '.';
}

/** Colours on a terminal unless NO_COLOR is set (https://no-color.org). */
export function useColor(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}
