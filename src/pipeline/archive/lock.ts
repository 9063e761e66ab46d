import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '../../documents/semver.ts';
import type { LockedRelease } from '../../schema/index.ts';

export const LOCK_FILE = 'releases.lock.yaml';

const HEADER = `# Written by \`npm run build -- --release\`; do not edit. The SHA-256 of every released annex PDF as first
# published: a later build rebuilds each released version from git history and fails, rather than publish other
# bytes under a released version's URL, when it cannot reproduce them (see the README, "Released versions").
`;

/** The lock file's text: entries sorted by document then version, one field per line. Same entries, same bytes. */
export function lockText(entries: readonly LockedRelease[]): string {
  const sorted = [...entries].sort((a, b) =>
    a.document < b.document ? -1 : a.document > b.document ? 1 : compareVersions(a.version, b.version),
  );
  const lines = [HEADER.trimEnd(), 'releases:'];
  if (sorted.length === 0) lines[1] = 'releases: []';
  for (const entry of sorted) {
    lines.push(
      `  - document: ${entry.document}`,
      `    version: ${entry.version}`,
      `    commit: ${entry.commit}`,
      `    issued: ${entry.issued}`,
      `    contentHash: ${entry.contentHash}`,
      `    sha256: ${entry.sha256}`,
      `    signer: ${entry.signer}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Adds entries to `<content>/releases.lock.yaml` (never changes one: a recorded release is history). Returns the
 * path when the file changed.
 */
export function recordReleases(
  contentPath: string,
  existing: readonly LockedRelease[],
  added: readonly LockedRelease[],
): string | undefined {
  if (added.length === 0) return undefined;
  const path = join(contentPath, LOCK_FILE);
  const text = lockText([...existing, ...added]);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return undefined;
  writeFileSync(path, text);
  return path;
}
