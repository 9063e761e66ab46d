import { execFileSync } from 'node:child_process';

/** A git problem the user can fix (an unknown ref, no repository): its message is meant to be printed as is. */
export class GitError extends Error {}

/** Runs git in `cwd` and returns its standard output; a failure becomes a GitError carrying git's own message. */
export function git(cwd: string, args: string[], options: { encoding?: 'utf8' } = {}): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: options.encoding ?? 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new GitError(stderr.replace(/^fatal: /, '') || `git ${args[0]} failed`);
  }
}

/** Fails with a readable GitError outside a git repository (the diff compares commits). */
export function assertRepository(cwd: string): void {
  try {
    git(cwd, ['rev-parse', '--git-dir']);
  } catch {
    throw new GitError(`${cwd} is not inside a git repository: the diff compares the content at two commits`);
  }
}

/** The full commit id a ref names, or a GitError that says which ref is unknown. */
export function resolveCommit(cwd: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref`);
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(
      `"${ref}" is not a commit in this repository` +
        (/^origin\//.test(ref) ? ' (in CI, check out with fetch-depth: 0 so the base branch is fetched)' : ''),
    );
  }
}

/** Whether `ref` names a commit. */
function hasCommit(cwd: string, ref: string): boolean {
  try {
    resolveCommit(cwd, ref);
    return true;
  } catch {
    return false;
  }
}

/** Committer time of a commit, in seconds since the epoch. */
export function commitTime(cwd: string, commit: string): number {
  return Number(git(cwd, ['show', '-s', '--format=%ct', commit]).trim());
}

export interface BaseChoice {
  ref: string;
  commit: string;
  /** How the base was chosen, printed so that nobody wonders what was compared. */
  note: string;
}

/**
 * The base a pull request is reviewed against: where the branch left main. Tries the local `main`, then
 * `origin/main` (CI checkouts often have only the remote branch); in a repository with neither, compares with the
 * previous commit, and with HEAD itself when there is only one commit (then only uncommitted edits show).
 */
export function defaultBase(cwd: string): BaseChoice {
  for (const branch of ['main', 'origin/main']) {
    if (!hasCommit(cwd, branch)) continue;
    try {
      const commit = git(cwd, ['merge-base', 'HEAD', branch]).trim();
      const head = resolveCommit(cwd, 'HEAD');
      const note =
        commit === head
          ? `merge base of HEAD and ${branch} is HEAD itself (you are on ${branch}, or it has not moved): only uncommitted edits show; pass a base ref such as HEAD~1 to see the last commit`
          : `merge base of HEAD and ${branch}`;
      return { ref: branch, commit, note };
    } catch {
      // Unrelated histories: try the next candidate.
    }
  }
  if (hasCommit(cwd, 'HEAD~1')) {
    return {
      ref: 'HEAD~1',
      commit: resolveCommit(cwd, 'HEAD~1'),
      note: 'no main or origin/main branch here, so the previous commit (HEAD~1)',
    };
  }
  if (hasCommit(cwd, 'HEAD')) {
    return {
      ref: 'HEAD',
      commit: resolveCommit(cwd, 'HEAD'),
      note: 'no main or origin/main branch and a single commit, so HEAD: only uncommitted edits show',
    };
  }
  throw new GitError('this repository has no commits to compare with: commit the content first, or pass a base ref');
}
