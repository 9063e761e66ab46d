import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/check/run-checks.ts';
import { run } from '../../src/cli/check.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { E2E_EPOCH, ROOT } from './build-site.ts';

/**
 * `npm run check` on a company that is not the default one (test/fixtures/acme-de: German, made with
 * `npm run init`, three measures filled in), then the same checks on copies of its output with one fault planted
 * each: every guarantee the check claims can fail.
 */
const FIXTURE = join(ROOT, 'test/fixtures/acme-de/content');
let work: string;
let output: string;
let report: { status: number; out: string; err: string };

const env = { SOURCE_DATE_EPOCH: E2E_EPOCH, NO_COLOR: '1', PATH: process.env.PATH, HOME: process.env.HOME };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'check-test-'));
  const io = memoryIo({ cwd: ROOT, env });
  // The layout check in Chromium runs over every page in test/e2e/site.test.ts; here the other guarantees.
  const status = await run(['--content', FIXTURE, '--out', join(work, 'dist'), '--no-browser'], io);
  report = { status, out: io.out(), err: io.err() };
  output = join(work, 'dist');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function checksOn(mutate: (dist: string) => void) {
  const copy = mkdtempSync(join(work, 'fault-'));
  cpSync(output, copy, { recursive: true });
  mutate(copy);
  const project = loadProject({ root: ROOT, contentDir: FIXTURE, buildDate: buildDateFromEpoch(Number(E2E_EPOCH)) });
  const results = await checkBuiltSite({ dist: copy, model: project.model, view: project.view(), browser: false });
  return results.filter((result) => result.status === 'fail').map((result) => [result.name.replace(/ \(.*\)$/, ''), result.details]);
}

describe("npm run check on another company's content", () => {
  it('validates strictly (accepted warnings named), builds, and passes every guarantee', () => {
    expect(report.err).toBe('');
    expect(report.status).toBe(0);
    expect(report.out).toContain('accepted: 15 measure-draft warnings (Die übrigen Kategorien werden gerade beschrieben');
    for (const line of [
      '✔ every signed document verifies and matches the published manifest (3 PDFs)',
      '✔ every page is valid HTML',
      '✔ no script but the search widget, nothing loaded from another origin',
      '✔ every internal link resolves',
      '✔ the sitemap lists every page',
      '– every page fits a phone screen',
    ]) {
      expect(report.out).toContain(line);
    }
    expect(report.out).toMatch(/✔ no internal string in any built file \(\d+ searched in \d+ files\)/);
    expect(report.out).toContain('✔ the content passes every check (8)');
  });

  it('publishes the German measures, none of the drafts', () => {
    const home = readFileSync(join(output, 'measures/index.html'), 'utf8');
    expect(home).toContain('Transportverschlüsselung mit TLS 1.2 oder höher');
    expect(home).not.toContain('CIA-01');
  });

  it('fails on a document changed after signing', async () => {
    const failures = await checksOn((dist) => {
      const file = join(dist, 'documents/annex-ii.pdf');
      const bytes = readFileSync(file);
      bytes[Math.floor(bytes.length / 3)]! ^= 0x01;
      writeFileSync(file, bytes);
    });
    expect(failures).toEqual([
      [
        'every signed document verifies and matches the published manifest',
        ['documents/annex-ii.pdf: SHA-256 differs from the manifest', expect.stringMatching(/^documents\/annex-ii\.pdf: /)],
      ],
    ]);
  });

  it('fails on an internal string in any file, an inline script, or a broken link', async () => {
    const failures = await checksOn((dist) => {
      const page = join(dist, 'measures/trn-01/index.html');
      const html = readFileSync(page, 'utf8').replace(
        '</main>',
        '<p>infrastruktur/lb/tls-policy.tf</p><script>alert(1)</script><a href="/nowhere/">x</a></main>',
      );
      writeFileSync(page, html);
    });
    expect(failures).toEqual([
      ['no internal string in any built file', ['measures/trn-01/index.html: infrastruktur/lb/tls-policy.tf']],
      [
        'no script but the search widget, nothing loaded from another origin',
        ['measures/trn-01/index.html: <script>', 'measures/trn-01/index.html: an inline script'],
      ],
      ['every internal link resolves', ['measures/trn-01/index.html -> /nowhere/']],
    ]);
  });

  it('stops before building when a warning is not accepted', async () => {
    const content = join(work, 'strict-content');
    cpSync(FIXTURE, content, { recursive: true });
    writeFileSync(
      join(content, 'lint.yaml'),
      readFileSync(join(content, 'lint.yaml'), 'utf8').replace(/\nacceptedWarnings:[\s\S]*$/, '\n'),
    );
    const io = memoryIo({ cwd: ROOT, env });
    expect(await run(['--content', content, '--out', join(work, 'never'), '--no-browser'], io)).toBe(1);
    expect(io.out()).toContain('error    measure-draft');
    expect(io.out()).toContain('✖ the content check stops here');
  });
});
