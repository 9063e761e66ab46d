import { BuildDateError } from '../content/build-date.ts';
import { PublicViewError } from '../content/public-view.ts';
import { MissingValuesError, ScaffoldError } from '../authoring/scaffold.ts';
import { GitError } from '../diff/git.ts';
import { NoticeError } from '../diff/render-notice.ts';
import { ManifestError } from '../documents/manifest.ts';
import { MissingGlyphError } from '../pdf/layout/measure.ts';
import { SigningKeyError } from '../pdf/sign/signing-key-error.ts';
import { ArchiveError, BuildLockError, OutputFolderError, SiteBuildError } from '../pipeline/errors.ts';
import type { Io } from './io.ts';

/**
 * Exit codes, the same for every command: 0 done (nothing found), 1 done and found a problem (content errors,
 * documents that change, an invalid signature), 2 could not run (usage, setting, environment).
 * Some commands add codes of their own for results that are neither (see their --help).
 */
export const EXIT = { ok: 0, problem: 1, cannotRun: 2 } as const;

/** A mistake on the command line: printed with a pointer to --help. */
export class UsageError extends Error {}

/** Errors that are usage mistakes whatever layer finds them: their message gets the pointer to --help. */
const USAGE: (new (...args: never[]) => Error)[] = [UsageError, MissingValuesError];

/**
 * The errors a user can cause or fix, and the exit code each means. Anything else is a bug: it is printed with its
 * stack so it can be reported.
 */
const EXPECTED: [new (...args: never[]) => Error, number][] = [
  [UsageError, EXIT.cannotRun],
  [BuildDateError, EXIT.cannotRun],
  [GitError, EXIT.cannotRun],
  [SigningKeyError, EXIT.cannotRun],
  [BuildLockError, EXIT.cannotRun],
  [OutputFolderError, EXIT.cannotRun],
  [ScaffoldError, EXIT.cannotRun],
  [MissingGlyphError, EXIT.problem],
  [PublicViewError, EXIT.problem],
  [ManifestError, EXIT.problem],
  [SiteBuildError, EXIT.problem],
  [NoticeError, EXIT.problem],
  [ArchiveError, EXIT.problem],
];

/**
 * Runs a command body and turns what it throws into one line on stderr and an exit code: the one mapping from
 * typed errors to exit codes, so no command prints a stack trace for an expected problem.
 */
export async function runCommand(name: string, io: Io, body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const known = EXPECTED.find(([type]) => error instanceof type);
    if (known) {
      const help = USAGE.some((type) => error instanceof type) ? `\nRun \`npm run ${name} -- --help\` for the options.` : '';
      io.stderr.write(`${name}: ${(error as Error).message}${help}\n`);
      return known[1];
    }
    io.stderr.write(`${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.cannotRun;
  }
}
