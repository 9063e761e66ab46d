import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_CONTENT } from '../helpers/fixture-content.ts';
import { E2E_EPOCH, ROOT } from './build-site.ts';

// `npm run build` as a user (or a CI timeout) interrupts it: real builds of the minimal content into a folder that
// holds a previous build, killed with SIGKILL, process group and all, at several steps. Every byte of the output
// folder must be as it was; the next build must repair what the killed ones left and succeed. Then two real builds
// of one folder at once: both succeed, or one says in one line that the other holds the lock.

let dir: string;
let before: string;
let after: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-atomic-'));
  before = join(dir, 'before');
  after = join(dir, 'after');
  cpSync(MINIMAL_CONTENT, before, { recursive: true });
  cpSync(MINIMAL_CONTENT, after, { recursive: true });
  // The interrupted builds build changed content, so a partial publish could not go unnoticed.
  const measure = join(after, 'measures', 'encryption', 'enc-01.mdx');
  writeFileSync(measure, readFileSync(measure, 'utf8').replace('title: Encryption in transit', 'title: Encryption in transit, changed'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Build {
  child: ChildProcess;
  output(): string;
  errors(): string;
  exit: Promise<number | null>;
  /** Resolves once the build has printed `text`. */
  printed(text: string): Promise<void>;
}

function startBuild(content: string, outDir: string): Build {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SOURCE_DATE_EPOCH: E2E_EPOCH };
  // Its own process group, so that a kill takes Astro and Pagefind with it, as a terminal or CI runner does.
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', outDir], { cwd: ROOT, env, detached: true });
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wait of waiting.filter((w) => stdout.includes(w.text))) wait.resolve();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => stdout,
    errors: () => stderr,
    exit,
    printed: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        waiting.push({ text, resolve });
        void exit.then(() => reject(new Error(`the build ended without printing "${text}":\n${stdout}\n${stderr}`)));
      }),
  };
}

/** Every file, folder and link below `root` with a hash of its bytes. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      const full = join(root, path);
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        out[`${path}/`] = 'folder';
        walk(path);
      } else if (stat.isSymbolicLink()) out[path] = `link ${readlinkSync(full)}`;
      else out[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return out;
}

const until = async (condition: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && !condition();) await new Promise((wait) => setTimeout(wait, 50));
};

/** The staging folder of the build running for `outDir`'s parent, if any. */
const staging = (parent: string) => readdirSync(parent).find((name) => name.startsWith('.dist.building-'));

describe('an interrupted build', () => {
  it('leaves the previous output byte for byte, at every step, and the next build repairs and succeeds', { timeout: 600_000 }, async () => {
    const parent = join(dir, 'site');
    mkdirSync(parent);
    const outDir = join(parent, 'dist');
    const first = startBuild(before, outDir);
    expect(await first.exit, first.output() + first.errors()).toBe(0);
    const previous = snapshot(outDir);
    expect(previous['documents/manifest.json']).toBeDefined();
    expect(Object.keys(previous).length).toBeGreaterThan(20);

    const points: { step: string; when: (build: Build) => Promise<void> }[] = [
      { step: 'while validating', when: (build) => build.printed('▸ validate content') },
      { step: 'after the PDFs', when: (build) => build.printed('annex-iii.pdf') },
      {
        step: 'during Astro, once it writes the site',
        when: async (build) => {
          await build.printed('▸ build the site');
          await until(() => {
            const stage = staging(parent);
            return stage !== undefined && existsSync(join(parent, stage, 'site'));
          }, 60_000);
        },
      },
      { step: 'during Pagefind', when: (build) => build.printed('▸ build the search index') },
    ];
    for (const { step, when } of points) {
      const build = startBuild(after, outDir);
      await when(build);
      process.kill(-build.child.pid!, 'SIGKILL');
      await build.exit;
      expect(snapshot(outDir), `killed ${step}`).toEqual(previous);
    }

    const next = startBuild(after, outDir);
    expect(await next.exit, next.output() + next.errors()).toBe(0);
    expect(next.output()).toMatch(/took over the lock of an interrupted build \(process \d+ on .+\)/);
    expect(next.output()).toMatch(/removed \.dist\.building-\w+, the staging folder of an interrupted build/);
    expect(readFileSync(join(outDir, 'measures', 'enc-01', 'index.html'), 'utf8')).toContain('Encryption in transit, changed');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('two builds of one output folder at once', () => {
  it('both succeed, or one says in one line that the other holds the lock and exits 2', { timeout: 600_000 }, async () => {
    const parent = join(dir, 'concurrent');
    mkdirSync(parent);
    const outDir = join(parent, 'dist');
    const builds = [startBuild(before, outDir), startBuild(after, outDir)];
    const codes = await Promise.all(builds.map((build) => build.exit));
    expect(codes.filter((code) => code === 0).length, builds.map((b) => b.output() + b.errors()).join('\n----\n')).toBeGreaterThanOrEqual(
      1,
    );
    for (const [index, build] of builds.entries()) {
      if (codes[index] === 0) continue;
      expect(codes[index]).toBe(2);
      expect(build.errors()).toMatch(
        /^build: another build \(process \d+ on [^)]+\) is writing \S+dist; wait for it to finish, or delete \S+\.dist\.lock if that build is gone\n$/,
      );
    }
    expect(existsSync(join(outDir, 'documents', 'manifest.json'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
