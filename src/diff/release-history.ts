import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { compareVersions } from '../documents/semver.ts';
import { git } from './git.ts';

/** One released version of a document and the commit that released it. */
export interface Release {
  id: string;
  version: string;
  effective: string;
  /** The first commit, in first-parent order, where the document has this version with status released. */
  commit: string;
  /** That commit's committer time, seconds since the epoch: the build date the version was first built on. */
  time: number;
}

export type ReleaseHistory =
  | {
      available: true;
      /** The repository holding the content (it may differ from the project root). */
      repository: string;
      /** The content folder relative to the repository root, as git names it. */
      contentDir: string;
      /** Every released version, by document id then version. */
      releases: Release[];
      /**
       * Versions released by another organisation earlier in the same history (a company that started from this
       * project's demo content, or replaced its content wholesale): not this publisher's documents, so never
       * republished under its name.
       */
      foreign: (Release & { organisation: string })[];
    }
  | { available: false; reason: string };

/**
 * Finds every released version of every document in the content's git history. A version is released at the
 * first commit on the first-parent line of HEAD (the commits of the branch itself: on main, each merge is one
 * step) where a file under `<content>/documents/` has that id and version with `status: released`. Only the
 * document files are read, through one `git log` and one `git cat-file --batch`, so walking hundreds of commits
 * takes milliseconds. Without the history (no repository, a shallow clone, content never committed) it says why.
 */
export function findReleases(contentPath: string): ReleaseHistory {
  const dir = resolve(contentPath);
  if (!existsSync(dir)) return { available: false, reason: `the content folder ${contentPath} does not exist` };
  let repository: string;
  try {
    repository = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { available: false, reason: 'the content folder is not inside a git repository, so its released versions cannot be rebuilt' };
  }
  if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    return {
      available: false,
      reason: 'this is a shallow clone: the commits that released earlier versions are missing (in CI, check out with fetch-depth: 0)',
    };
  }
  const contentDir = relative(repository, dir).split(sep).join('/') || '.';
  let log: string;
  try {
    log = git(repository, [
      'log',
      '--first-parent',
      '--reverse',
      '--no-renames',
      '--raw',
      '--no-abbrev',
      '--format=%x01%H %ct',
      'HEAD',
      '--',
      `${contentDir === '.' ? '' : `${contentDir}/`}documents`,
    ]);
  } catch {
    // A repository without commits yet.
    return { available: true, repository, contentDir, releases: [], foreign: [] };
  }
  const changes = parseLog(log);
  const blobs = readBlobs(repository, [...new Set(changes.flatMap((c) => c.blobs))]);
  const releases = new Map<string, Release>();
  for (const change of changes) {
    for (const blob of change.blobs) {
      const doc = documentFields(blobs.get(blob));
      if (!doc || doc.status !== 'released') continue;
      const key = `${doc.id}\0${doc.version}`;
      if (!releases.has(key))
        releases.set(key, { id: doc.id, version: doc.version, effective: doc.effective, commit: change.commit, time: change.time });
    }
  }
  const sorted = [...releases.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(a.version, b.version)));
  return { available: true, repository, contentDir, ...byPublisher(dir, repository, contentDir, sorted) };
}

/**
 * Splits the releases into this organisation's and another's. The organisation at a release commit is the same one
 * when its name, legal name or trust-center address matches today's: a rebrand or a move to a new domain keeps at
 * least one of the three, replacing the content with another company's changes all of them.
 */
function byPublisher(dir: string, repository: string, contentDir: string, releases: Release[]) {
  const today = identity(readText(join(dir, 'organisation.yaml')));
  if (today.keys.length === 0) return { releases, foreign: [] };
  const commits = [...new Set(releases.map((release) => release.commit))];
  const path = `${contentDir === '.' ? '' : `${contentDir}/`}organisation.yaml`;
  const files = readBlobs(
    repository,
    commits.map((commit) => `${commit}:${path}`),
  );
  const mine: Release[] = [];
  const foreign: (Release & { organisation: string })[] = [];
  for (const release of releases) {
    const then = identity(files.get(`${release.commit}:${path}`));
    if (then.keys.length === 0 || then.keys.some((key) => today.keys.includes(key))) mine.push(release);
    else foreign.push({ ...release, organisation: then.name ?? 'another organisation' });
  }
  return { releases: mine, foreign };
}

/** The names an organisation is known by, read leniently from organisation.yaml (nothing when it does not parse). */
function identity(text: string | undefined): { keys: string[]; name?: string } {
  if (text === undefined) return { keys: [] };
  try {
    const data = (yaml.load(text) ?? {}) as { name?: unknown; legalName?: unknown; site?: { baseUrl?: unknown } };
    const name = typeof data.name === 'string' ? data.name : undefined;
    const keys = [
      name && `name:${name.trim().toLowerCase()}`,
      typeof data.legalName === 'string' && `legal:${data.legalName.trim().toLowerCase()}`,
      typeof data.site?.baseUrl === 'string' && `site:${data.site.baseUrl.trim().replace(/\/+$/, '').toLowerCase()}`,
    ].filter((key): key is string => typeof key === 'string' && key.length > 0);
    return { keys, ...(name ? { name } : {}) };
  } catch {
    return { keys: [] };
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

interface CommitChange {
  commit: string;
  time: number;
  /** Blobs of YAML files added or modified by the commit. */
  blobs: string[];
}

function parseLog(log: string): CommitChange[] {
  const out: CommitChange[] = [];
  for (const chunk of log.split('\u0001').slice(1)) {
    const [header = '', ...lines] = chunk.split('\n');
    const [commit = '', time = '0'] = header.trim().split(' ');
    const blobs: string[] = [];
    for (const line of lines) {
      // :100644 100644 <old> <new> M\tcontent/documents/annex-ii.yaml
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AM])\t(.+)$/.exec(line);
      if (match && /\.ya?ml$/.test(match[3]!)) blobs.push(match[1]!);
    }
    out.push({ commit, time: Number(time), blobs });
  }
  return out;
}

/** Reads blobs (by id, or as `<commit>:<path>`) in one `git cat-file --batch` process; missing ones are left out. */
function readBlobs(repository: string, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const data = execFileSync('git', ['cat-file', '--batch'], {
    cwd: repository,
    input: `${ids.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  let at = 0;
  for (const id of ids) {
    const end = data.indexOf(0x0a, at);
    const header = data.subarray(at, end).toString('utf8');
    // "<name> missing": a path that did not exist at that commit.
    if (header.endsWith(' missing')) {
      at = end + 1;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) break;
    out.set(id, data.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
  }
  return out;
}

/** The fields that identify a released version, read leniently: a file that does not parse is no release. */
function documentFields(text: string | undefined): { id: string; version: string; status: string; effective: string } | undefined {
  if (text === undefined) return undefined;
  try {
    const data = yaml.load(text) as Record<string, unknown> | undefined;
    const { id, version, status, effective } = data ?? {};
    if (typeof id !== 'string' || typeof version !== 'string' || typeof status !== 'string') return undefined;
    return { id, version, status, effective: effective instanceof Date ? effective.toISOString().slice(0, 10) : String(effective ?? '') };
  } catch {
    return undefined;
  }
}
