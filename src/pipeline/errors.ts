/** Another build holds the output folder's lock: the message names it and says how to go on. */
export class BuildLockError extends Error {}

/** A build step outside this process failed (Astro, Pagefind): the message says which and why. */
export class SiteBuildError extends Error {}

/**
 * A released version cannot be published as released: its PDF no longer comes out byte for byte, its content
 * changed under the same version, or the history that released it is missing. The message says which and how to
 * go on; the build publishes nothing rather than different bytes under a released version's URL.
 */
export class ArchiveError extends Error {}

/** The output folder cannot or must not be written: it is the project, not a build, or the disk refused. */
export class OutputFolderError extends Error {}

/** What the operating system says when it refuses to read or write a file: the environment, not the build. */
const ENVIRONMENT = new Set([
  'EACCES',
  'EPERM',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'ENOTDIR',
  'EISDIR',
  'EXDEV',
  'ENAMETOOLONG',
]);

/**
 * The one-line error for a file-system refusal during a build, or the error itself when it is anything else.
 * `before` and `after` frame the refusal: a staged build replaced nothing; build:documents writes in place.
 */
export function asOutputError(error: unknown, frame: { before?: string; after?: string } = { after: '; nothing was replaced' }): unknown {
  const system = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || !system.code || !ENVIRONMENT.has(system.code)) return error;
  const path = system.path ? ` ${system.path}` : '';
  return new OutputFolderError(
    `${frame.before ?? ''}the file system refused to ${system.syscall ?? 'write'}${path} (${system.code})${frame.after ?? ''}`,
  );
}
