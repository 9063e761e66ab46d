import type { Project } from '../content/project.ts';
import type { Finding } from '../rules/finding.ts';
import { diffModels } from './diff-models.ts';
import { loadRef } from './load-ref.ts';
import { versionRules, type VersionRule } from './version-checks.ts';

export { versionRules, type VersionRule };
export { GitError } from './git.ts';

export interface CheckAgainstBaseOptions {
  /** Project root inside the git repository. */
  root: string;
  /** The base ref, such as "origin/main" on a pull request. */
  base: string;
  /** The head project as `validate` loaded it (the working tree). */
  head: Project;
}

/**
 * The version rules for `npm run validate -- --base <ref>`: loads the content at `base` (on the head's build date)
 * and reports, at the head's document files, what customers must be told before the change ships. See
 * version-checks.ts for the rules. Throws GitError, whose message is meant for the user, when `base` is not a
 * commit of the repository.
 */
export function checkAgainstBase(options: CheckAgainstBaseOptions): Finding[] {
  const { project: base } = loadRef({
    root: options.root,
    ref: options.base,
    contentDir: options.head.model.contentDir,
    buildDate: options.head.buildDate,
  });
  const changes = diffModels(base, options.head, {
    findings: false,
    sides: { base: { ref: options.base }, head: { ref: 'working tree' } },
  });
  return changes.versionFindings;
}

/** The version rules over two loaded projects, for callers that already have both. */
export function checkVersions(base: Project, head: Project, baseRef = 'base'): Finding[] {
  return diffModels(base, head, { findings: false, sides: { base: { ref: baseRef } } }).versionFindings;
}
