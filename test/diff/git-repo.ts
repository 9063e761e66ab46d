import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '../..');
export const fixtures = join(here, 'fixtures');

/** A fixed clock for every repository: commits and builds get the same date on every machine. */
export const EPOCH = '1793000000'; // 2026-10-26

/** The seed content (a realistic company) as a fixture for TestRepo: `new TestRepo(SEED)`. */
export const SEED = resolve(here, '../fixtures/seed');

/**
 * A throwaway git repository holding a copy of a fixture content set (a folder of test/diff/fixtures, or an
 * absolute path to a folder holding content/), with helpers to edit and commit.
 */
export class TestRepo {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(fixture = 'minimal') {
    this.dir = mkdtempSync(join(tmpdir(), 'diff-test-'));
    this.env = {
      ...process.env,
      SOURCE_DATE_EPOCH: EPOCH,
      GIT_AUTHOR_DATE: `${EPOCH} +0000`,
      GIT_COMMITTER_DATE: `${EPOCH} +0000`,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    delete this.env.CONTENT_DIR;
    cpSync(isAbsolute(fixture) ? fixture : join(fixtures, fixture), this.dir, { recursive: true });
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.com');
    this.commit('base content');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Commits everything; `epoch` dates the commit (and later ones use the fixed clock again). */
  commit(message: string, epoch?: number): void {
    this.git('add', '-A');
    const env = epoch === undefined ? this.env : { ...this.env, GIT_AUTHOR_DATE: `${epoch} +0000`, GIT_COMMITTER_DATE: `${epoch} +0000` };
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: this.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  /** Replaces text in a file and fails loudly when the text is not there (a test that edits nothing proves nothing). */
  replace(path: string, from: string | RegExp, to: string): void {
    const before = this.read(path);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${path} does not contain ${String(from)}`);
    this.write(path, after);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path), { recursive: true, force: true });
  }

  /** Runs a project script (scripts/<name>.ts) as its own process in the repository, as `npm run <name>` would. */
  run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`), ...args], {
      cwd: this.dir,
      env: this.env,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A new sub-processor file for the fixture, starting on `date`. */
export function subprocessorYaml(id: string, name: string, date: string): string {
  return `id: ${id}
name: ${name}
legalName: ${name} Limited
address: 70 Example Quay, Dublin 2, Ireland
contact:
  email: dpo@${id}.example.com
purpose: Analytics processing of usage data.
dataCategories: [Usage data]
locations: [IE]
transferMechanisms: [eea]
history:
  - date: ${date}
    change: added
    description: ${name} added for analytics.
`;
}
