import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, E2E_EPOCH, ROOT } from './build-site.ts';
import { findLeaks, internalStrings, unknownReasons } from '../../src/check/leaks.ts';
import { readBuiltSite, type ScannedFile } from '../../src/check/read-site.ts';
import { loadProject } from '../../src/content/project.ts';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';

/**
 * Builds the whole site from test/fixtures/leak/content, whose internal things carry LEAK-CANARY-* strings, and
 * scans all of dist (HTML, the decompressed search index, feeds, sitemap, JSON, CSV, security.txt) for them.
 * The public view's types already make a leak impossible; this confirms it on the real output.
 */
const FIXTURE = 'test/fixtures/leak/content';

/** Every canary written in the fixture, plus internal facts that carry no canary prefix. */
function needles(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else for (const m of readFileSync(full, 'utf8').matchAll(/LEAK-CANARY-[A-Z0-9-]+/g)) found.add(m[0]);
    }
  };
  walk(join(ROOT, FIXTURE));
  return [
    'LEAK-CANARY', // any canary at all, even a fragment of one
    ...found,
    'infra/terraform/kms.tf', // internal evidence location
    'drive.fixture.example', // customer evidence location
    'penetration test report', // customer evidence title
    'INT-01', // internal measure id
    'OLD-01', // retired measure id
    'deletion runbook', // internal measure body
  ];
}

let work: string;
let site: ScannedFile[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'leak-guard-'));
  await buildSite({ outDir: join(work, 'dist'), contentDir: FIXTURE });
  site = readBuiltSite(join(work, 'dist'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('leak guard', () => {
  it('finds the canaries in the fixture', () => {
    expect(needles().length).toBeGreaterThan(15);
  });

  it('scanned a complete build: pages, search index, feeds, sitemap, exports', () => {
    const names = site.map((f) => f.file);
    for (const expected of [
      'index.html',
      'measures/enc-01/index.html',
      'measures/prt-01/index.html',
      'sitemap.xml',
      'updates/feed.xml',
      'subprocessors/feed.xml',
      'exports/trust-center.json',
      'exports/subprocessors.csv',
      'exports/subprocessors.json',
      'exports/answers.json',
      'exports/answers.csv',
      'exports/answers.xlsx',
      'answers/index.html',
      '.well-known/security.txt',
      'pagefind/pagefind-entry.json',
      'documents/annex-ii.pdf',
      'documents/annex-iii.pdf',
      'documents/manifest.json',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => n.endsWith('.pf_fragment'))).toBe(true);
    // Public content does appear, also inside the decompressed search fragments: the scan can see what it looks for.
    const fragments = site.filter((f) => f.file.endsWith('.pf_fragment'));
    expect(findLeaks(fragments, ['BigQuery']).length).toBeGreaterThan(0);
    expect(findLeaks(site, ['Public hosting certificate', 'Fixture Hosting']).length).toBeGreaterThan(0);
    // The public answer is in the spreadsheet (the scan reads inside the zip) and on the answers page.
    expect(
      findLeaks(
        site.filter((f) => f.file === 'exports/answers.xlsx'),
        ['Is stored data encrypted?'],
      ),
    ).toHaveLength(1);
    expect(
      findLeaks(
        site.filter((f) => f.file === 'answers/index.html'),
        ['Is stored data encrypted?'],
      ),
    ).toHaveLength(1);
  });

  it('publishes no internal evidence, owner, internal title or internal measure anywhere', () => {
    expect(findLeaks(site, needles())).toEqual([]);
  });

  it('derives what must not appear from the content itself, as `npm run check` does for any content', () => {
    const project = loadProject({ root: ROOT, contentDir: FIXTURE, buildDate: buildDateFromEpoch(Number(E2E_EPOCH)) });
    const derived = [...internalStrings(project.model, project.view()), ...unknownReasons(project.view())];
    // Every canary-bearing value the fixture plants is found without knowing the canary prefix.
    // (A YAML comment never enters the model, so it is not derived; the fixed list above still searches for it.)
    const planted = needles().filter((needle) => needle.startsWith('LEAK-CANARY-') && needle !== 'LEAK-CANARY-YAML-COMMENT');
    for (const canary of planted)
      expect(
        derived.some((value) => value.includes(canary)),
        canary,
      ).toBe(true);
    expect(derived).toEqual(expect.arrayContaining(['INT-01', 'OLD-01']));
    expect(derived.some((value) => value.endsWith('infra/terraform/kms.tf'))).toBe(true);
    // Public facts are never searched for, or the check would flag the site for showing them.
    expect(derived.filter((value) => /Public hosting certificate|Fixture Hosting/.test(value))).toEqual([]);
    expect(findLeaks(site, derived)).toEqual([]);
  });

  it('says how much evidence is available on request without naming it', () => {
    const enc = site.find((f) => f.file === 'measures/enc-01/index.html')?.text ?? '';
    expect(enc).toContain('1 further evidence item is available to customers on request.');
    expect(enc).toContain('Public hosting certificate');
    expect(enc).toContain('1 further answer relying on this measure is available to customers on request.');
    const answers = site.find((f) => f.file === 'answers/index.html')?.text ?? '';
    expect(answers).toContain('1 further answer is available to customers on request.');
  });

  it('shows a certification that expires within 30 days as expiring, not plainly valid', () => {
    // An expired one cannot reach the site at all: validation stops the build (certification-expiry).
    const home = site.find((f) => f.file === 'index.html')?.text ?? '';
    expect(home).toMatch(/ISO\/IEC 27001:2022.*Expiring soon/s);
  });

  it('would catch a leak: a canary planted in a page or a compressed search fragment is found', () => {
    const copy = join(work, 'planted');
    cpSync(join(work, 'dist'), copy, { recursive: true });
    const fragment = readBuiltSite(copy).find((f) => f.file.endsWith('.pf_fragment'))!;
    writeFileSync(join(copy, fragment.file), gzipSync(Buffer.from('pagefind_dcd{"content":"LEAK-CANARY-OWNER-INTERNAL"}')));
    writeFileSync(
      join(copy, 'measures/enc-01/index.html'),
      `${readFileSync(join(copy, 'measures/enc-01/index.html'), 'utf8')}<!-- infra/terraform/kms.tf -->`,
    );
    const hits = findLeaks(readBuiltSite(copy), needles());
    expect(hits).toContain(`${fragment.file}: LEAK-CANARY-OWNER-INTERNAL`);
    expect(hits).toContain('measures/enc-01/index.html: infra/terraform/kms.tf');
  });
});
