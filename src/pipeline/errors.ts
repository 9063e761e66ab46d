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
