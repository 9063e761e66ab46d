/** Another build holds the output folder's lock: the message names it and says how to go on. */
export class BuildLockError extends Error {}

/** A build step outside this process failed (Astro, Pagefind): the message says which and why. */
export class SiteBuildError extends Error {}
