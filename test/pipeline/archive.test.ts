import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as buildDocuments } from '../../src/cli/build-documents.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { parseManifest } from '../../src/documents/manifest.ts';
import { createDevelopmentP12 } from '../../src/pdf/sign/development.ts';
import { SEED, TestRepo } from '../diff/git-repo.ts';
import { extractText } from '../pdf/poppler.ts';

/**
 * Released versions stay available byte for byte: built on git repositories made from the seed content, with
 * Annex II 1.0.0 released in the first commit and 1.1.0 (TRN-01 names the TLS version) in a later one.
 */
const TRN = 'content/measures/transmission-protection/tls-in-transit.mdx';
const ANNEX_II = 'content/documents/annex-ii.yaml';
const RELEASE_1_0 = 1793000000; // 2026-10-26
const RELEASE_1_1 = 1794200000; // 2026-11-09
/** Builds run after the seed's last review (2026-11-16): a review after the build date is an error. */
const BUILD_EPOCH = '1795000000'; // 2026-11-18
const SLOW = 240_000;

const scratch = mkdtempSync(join(tmpdir(), 'archive-test-'));
/** Two signing keys (a rotation), generated once: RSA key generation is the slow part of signing. */
const keys = {
  first: createDevelopmentP12('Dreamdata.io', 'pw', 'Archive test signer').toString('base64'),
  second: createDevelopmentP12('Dreamdata.io', 'pw', 'Archive test signer, rotated').toString('base64'),
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run build:documents` in-process in the repository; returns the exit code, output and the out folder. */
async function build(dir: string, out: string, options: { release?: boolean; key?: keyof typeof keys; args?: string[] } = {}) {
  const io = memoryIo({
    cwd: dir,
    env: {
      SOURCE_DATE_EPOCH: BUILD_EPOCH,
      SIGNING_P12: keys[options.key ?? 'first'],
      SIGNING_P12_PASSWORD: 'pw',
      ...(options.release ? { RELEASE: '1' } : {}),
    },
  });
  const status = await buildDocuments(['--out', out, ...(options.args ?? [])], io);
  return { status, stdout: io.out(), stderr: io.err(), dir: out };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file));
const manifestOf = (dir: string) => parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));

/** Releases Annex II 1.1.0: TRN-01 names the TLS version, with a new effective date and changelog entry. */
function release11(repo: TestRepo): void {
  repo.replace(
    TRN,
    'is protected by Transport Layer Security (“TLS”).',
    'is encrypted with Transport Layer Security (“TLS”) 1.2 or higher.',
  );
  repo.replace(ANNEX_II, /^version: 1\.0\.0$/m, 'version: 1.1.0');
  repo.replace(ANNEX_II, /^effective: 2026-11-02$/m, 'effective: 2026-11-09');
  repo.replace(
    ANNEX_II,
    'changelog:\n',
    'changelog:\n  - version: 1.1.0\n    date: 2026-11-09\n    changes: [TRN-01 names the minimum TLS version.]\n',
  );
  repo.commit('release Annex II 1.1.0', RELEASE_1_1);
}

function seedRepo(): TestRepo {
  const repo = new TestRepo(SEED);
  repo.env.SOURCE_DATE_EPOCH = BUILD_EPOCH;
  repo.write('.gitignore', '.cache/\nout*/\n');
  repo.commit('release Annex II 1.0.0', RELEASE_1_0);
  return repo;
}

describe('released versions from git history', () => {
  let repo: TestRepo;
  let at10: string;
  let at11: string;
  beforeAll(async () => {
    repo = seedRepo();
    at10 = (await build(repo.dir, join(repo.dir, 'out-1.0'))).dir;
    release11(repo);
    at11 = (await build(repo.dir, join(repo.dir, 'out-1.1'))).dir;
  }, SLOW);
  afterAll(() => repo.dispose());

  it('publishes Annex II 1.0.0 at its own URL, byte-identical to the PDF built at the 1.0.0 commit', () => {
    expect(existsSync(join(at11, 'annex-ii/1.0.0.pdf'))).toBe(true);
    expect(read(at11, 'annex-ii/1.0.0.pdf').equals(read(at10, 'annex-ii.pdf'))).toBe(true);
    expect(read(at10, 'annex-ii/1.0.0.pdf').equals(read(at10, 'annex-ii.pdf'))).toBe(true);
  });

  it('makes annex-ii.pdf the newest released version, the same file as annex-ii/1.1.0.pdf', () => {
    expect(read(at11, 'annex-ii.pdf').equals(read(at11, 'annex-ii/1.1.0.pdf'))).toBe(true);
    expect(extractText(join(at11, 'annex-ii.pdf'))).toContain('Version 1.1.0');
  });

  it('lists every version in manifest.json with its effective date, SHA-256, content hash and redline', () => {
    const manifest = manifestOf(at11);
    expect(manifest.archive).toEqual({ complete: true });
    expect(manifest.versions.map(({ id, version, effective, file }) => ({ id, version, effective, file }))).toEqual([
      { id: 'annex-ii', version: '1.0.0', effective: '2026-11-02', file: 'annex-ii/1.0.0.pdf' },
      { id: 'annex-ii', version: '1.1.0', effective: '2026-11-09', file: 'annex-ii/1.1.0.pdf' },
    ]);
    const [v10, v11] = manifest.versions;
    expect(v10!.sha256).toBe(manifestOf(at10).documents.find((d) => d.id === 'annex-ii')!.sha256);
    expect(v10!.issued).toBe('2026-10-26T07:33:20Z');
    expect(v10!.changes).toBeUndefined();
    expect(v11!.changes).toMatchObject({ from: '1.0.0', file: 'annex-ii/1.0.0-to-1.1.0.pdf' });
    expect(manifest.documents.find((d) => d.id === 'annex-ii')).toMatchObject({ version: '1.1.0', sha256: v11!.sha256 });
  });

  it('shows the TLS wording change in the redline, with both versions’ content hashes', () => {
    const manifest = manifestOf(at11);
    const text = extractText(join(at11, 'annex-ii/1.0.0-to-1.1.0.pdf'));
    expect(text).toContain('Data in transit is protected by encrypted with Transport Layer Security (“TLS”) 1.2 or higher.');
    expect(text).toContain(manifest.versions[0]!.contentHash);
    expect(text).toContain(manifest.versions[1]!.contentHash);
    expect(text).toContain('TRN-01 Encryption of data in transit (TLS)');
  });

  it(
    'builds the same bytes again, with or without the cache',
    async () => {
      rmSync(join(repo.dir, '.cache/archive'), { recursive: true, force: true });
      const again = (await build(repo.dir, join(repo.dir, 'out-again'))).dir;
      for (const file of [
        'annex-ii/1.0.0.pdf',
        'annex-ii/1.1.0.pdf',
        'annex-ii/1.0.0-to-1.1.0.pdf',
        'annex-ii.pdf',
        'annex-iii.pdf',
        'manifest.json',
      ]) {
        expect(read(again, file).equals(read(at11, file)), file).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'refuses to publish a released version whose content changed without a new version',
    async () => {
      repo.replace(TRN, '1.2 or higher', '1.3 or higher');
      const result = await build(repo.dir, join(repo.dir, 'out-unbumped'));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^build:documents: annex-ii 1\.1\.0 was released at [0-9a-f]{7} \(9 November 2026\) and says something different now/,
      );
      expect(result.stderr).toContain('raise its version and effective date and add a changelog entry');
      repo.replace(TRN, '1.3 or higher', '1.2 or higher');
    },
    SLOW,
  );
});

describe('without the history', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = seedRepo();
    release11(repo);
  });
  afterAll(() => repo.dispose());

  it(
    'builds only the newest versions from a shallow clone, says why, and refuses a release build',
    async () => {
      const clone = new TestRepo(SEED);
      try {
        clone.remove('content');
        clone.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, 'shallow');
        const shallow = join(clone.dir, 'shallow');
        const result = await build(shallow, join(scratch, 'shallow-out'));
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Only the newest versions were built: this is a shallow clone');
        const manifest = manifestOf(result.dir);
        expect(manifest.versions).toEqual([]);
        expect(manifest.archive.complete).toBe(false);
        expect(manifest.documents.find((d) => d.id === 'annex-ii')?.version).toBe('1.1.0');

        const release = await build(shallow, join(scratch, 'shallow-release'), { release: true });
        expect(release.status).toBe(1);
        expect(release.stderr).toContain('cannot publish the released versions of the annexes: this is a shallow clone');
      } finally {
        clone.dispose();
      }
    },
    SLOW,
  );

  it(
    'builds only the newest versions from a copy without git',
    async () => {
      const copy = mkdtempSync(join(scratch, 'copy-'));
      cpSync(join(repo.dir, 'content'), join(copy, 'content'), { recursive: true });
      const io = memoryIo({
        cwd: copy,
        env: { SOURCE_DATE_EPOCH: BUILD_EPOCH, SIGNING_P12: keys.first, SIGNING_P12_PASSWORD: 'pw' },
      });
      expect(await buildDocuments(['--out', join(copy, 'out')], io)).toBe(0);
      expect(io.out()).toContain('Only the newest versions were built: the content folder is not inside a git repository');
      expect(manifestOf(join(copy, 'out')).versions).toEqual([]);
    },
    SLOW,
  );
});

describe('the release lock', () => {
  let repo: TestRepo;
  let first: string;
  beforeAll(async () => {
    repo = seedRepo();
    const result = await build(repo.dir, join(repo.dir, 'out-release'), { release: true });
    expect(result.status).toBe(0);
    first = result.dir;
  }, SLOW);
  afterAll(() => repo.dispose());

  it('records each released PDF as published, and nothing else', () => {
    const lock = repo.read('content/releases.lock.yaml');
    const published = manifestOf(first).versions[0]!;
    expect(lock).toContain(`  - document: annex-ii\n    version: 1.0.0\n`);
    expect(lock).toContain(`    sha256: ${published.sha256}\n`);
    expect(lock).toContain(`    issued: 2026-10-26T07:33:20Z\n`);
    expect(lock).not.toContain('annex-iii');
    repo.commit('record the release');
    expect(repo.run('validate').status).toBe(0);
  });

  it(
    'fails, rather than publish other bytes, when a rotated key cannot reproduce a released version',
    async () => {
      rmSync(join(repo.dir, '.cache/archive'), { recursive: true, force: true });
      const result = await build(repo.dir, join(scratch, 'rotated'), { release: true, key: 'second' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'annex-ii 1.0.0 no longer comes out byte for byte: releases.lock.yaml records the published PDF as sha256',
      );
      expect(result.stderr).toContain('this build signs with another key');
      expect(result.stderr).toContain(
        'Download https://trust.dreamdata.io/documents/annex-ii/1.0.0.pdf into a folder and build again with --archive <folder>',
      );
      expect(existsSync(join(scratch, 'rotated', 'manifest.json'))).toBe(false);
    },
    SLOW,
  );

  it(
    'publishes the bytes as released when they are given with --archive',
    async () => {
      const download = mkdtempSync(join(scratch, 'download-'));
      writeFileSync(join(download, 'whatever-the-browser-called-it.pdf'), read(first, 'annex-ii/1.0.0.pdf'));
      const result = await build(repo.dir, join(scratch, 'rotated-archive'), {
        release: true,
        key: 'second',
        args: ['--archive', download],
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(read(result.dir, 'annex-ii/1.0.0.pdf').equals(read(first, 'annex-ii/1.0.0.pdf'))).toBe(true);
      const version = manifestOf(result.dir).versions[0]!;
      expect(version.signerFingerprint).toBe(manifestOf(first).versions[0]!.signerFingerprint);
    },
    SLOW,
  );

  it(
    'fails loudly when history is rewritten under a recorded release',
    async () => {
      // A new root commit that says something else under the released 1.0.0, keeping the lock: a rewritten history.
      repo.git('checkout', '-q', '--orphan', 'rewritten');
      repo.replace(TRN, 'is protected by', 'is always protected by');
      repo.commit('rewritten history', RELEASE_1_0);
      const result = await build(repo.dir, join(scratch, 'rewritten'), { release: true });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /annex-ii 1\.0\.0 as found at [0-9a-f]{7}, the commit that released it, says something different from the release releases\.lock\.yaml records/,
      );
      expect(result.stderr).toContain('the history was rewritten');
    },
    SLOW,
  );
});
