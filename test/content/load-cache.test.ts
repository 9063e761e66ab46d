import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MeasureEntry } from '../../src/content/entry.ts';
import { loadContent, type LoadResult } from '../../src/content/load.ts';
import { openLoadCache } from '../../src/content/load-cache.ts';
import { measureTextHash } from '../../src/content/measure-text.ts';
import { loadProject } from '../../src/content/project.ts';
import { formatText } from '../../src/rules/format/text.ts';
import { validateProject } from '../../src/rules/validate.ts';
import {
  BILINGUAL_CONTENT,
  fixtureBuildDate,
  overlayContent,
  overlayFixtures,
  SEED_CONTENT,
  SEED_DE_CONTENT,
} from '../helpers/fixture-content.ts';

// validate keeps what loading each file came to between runs (src/content/load-cache.ts). A cached file must behave
// exactly as a freshly read one: same findings, same data, same refused items, same positions, same bodies. Checked
// on the whole-company fixtures and on every rule fixture (most of them broken on purpose), loading each three ways:
// without a cache, filling an empty one, and from the filled one read back from disk.
const RULE_FIXTURES = new URL('../rules/fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'tc-load-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const KINDS = [
  'frameworks',
  'measures',
  'translations',
  'evidence',
  'certifications',
  'subprocessors',
  'documents',
  'answers',
  'answerTranslations',
] as const;
const SINGLETONS = ['organisation', 'processing', 'lint', 'releases'] as const;
const PATHS: PropertyKey[][] = [
  [],
  ['id'],
  ['title'],
  ['evidence', 0],
  ['satisfies'],
  ['locations', 0, 'country'],
  ['specificity', 1, 'pattern'],
];

/** Everything a later step can read of a load, with functions called: positions and bodies included. */
function observe(result: LoadResult): unknown {
  const item = (entry: object | undefined) => {
    if (!entry) return undefined;
    const { at, body, ...rest } = entry as { at?: (path?: PropertyKey[]) => unknown; body?: MeasureEntry['body'] };
    return {
      ...rest,
      keys: Object.keys(entry).sort(),
      at: at ? PATHS.map((path) => at(path)) : undefined,
      body: body ? { source: body.source, line: body.line, quick: body.quick() } : undefined,
    };
  };
  const { content } = result;
  return {
    findings: result.findings,
    ...Object.fromEntries(KINDS.map((kind) => [kind, (content[kind] as object[]).map(item)])),
    ...Object.fromEntries(SINGLETONS.map((name) => [name, item(content[name])])),
    rejected: content.rejected.map(item),
  };
}

function threeWays(root: string) {
  const file = join(mkdtempSync(join(scratch, 'case-')), 'cache.jsonl');
  const options = { root, contentDir: 'content' };
  const plain = loadContent(options);
  const filling = openLoadCache(file);
  const cold = loadContent({ ...options, cache: filling });
  filling.save();
  const reading = openLoadCache(file);
  const warm = loadContent({ ...options, cache: reading });
  return { plain, cold, warm, filling: filling.stats, reading: reading.stats };
}

const ruleCases = readdirSync(RULE_FIXTURES)
  .sort()
  .flatMap((rule) => readdirSync(join(RULE_FIXTURES, rule)).map((name) => join(RULE_FIXTURES, rule, name)));

describe('load cache', () => {
  it('gives the same load as no cache, on the seed content in two languages and on bilingual content', () => {
    for (const layers of [[SEED_CONTENT], [SEED_CONTENT, SEED_DE_CONTENT], [BILINGUAL_CONTENT]]) {
      const { root, cleanup } = overlayFixtures(...layers);
      try {
        const { plain, cold, warm, filling, reading } = threeWays(root);
        expect(filling.misses).toBeGreaterThan(15);
        expect(reading).toEqual({ hits: filling.misses, misses: 0 });
        const expected = observe(plain);
        expect(observe(cold)).toEqual(expected);
        expect(observe(warm)).toEqual(expected);
      } finally {
        cleanup();
      }
    }
  });

  it.each(ruleCases.map((dir) => [dir.slice(RULE_FIXTURES.length), dir]))(
    'rule fixture %s: same load, and the same findings from every rule',
    (_name, dir) => {
      const { root, cleanup } = overlayContent(dir);
      try {
        const { plain, cold, warm, reading } = threeWays(root);
        expect(reading.misses).toBe(0);
        expect(observe(cold)).toEqual(observe(plain));
        expect(observe(warm)).toEqual(observe(plain));
        // Through the rules too: a cached body's quick reading stands in for the scan rules would have made.
        const file = join(mkdtempSync(join(scratch, 'rules-')), 'cache.jsonl');
        const findings = (cache?: ReturnType<typeof openLoadCache>) =>
          formatText(
            validateProject(loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate, ...(cache ? { cache } : {}) })),
            {
              color: false,
            },
          );
        const first = openLoadCache(file);
        expect(findings(first)).toBe(findings());
        first.save();
        expect(findings(openLoadCache(file))).toBe(findings());
      } finally {
        cleanup();
      }
    },
  );

  it('loads an edited file afresh and takes the others from the cache', () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      const file = join(scratch, 'edited.jsonl');
      const first = openLoadCache(file);
      loadContent({ root, contentDir: 'content', cache: first });
      first.save();
      const measures = join(root, 'content/measures');
      const folder = readdirSync(measures)[0]!;
      const measure = join(
        measures,
        folder,
        readdirSync(join(measures, folder)).find((name) => name.endsWith('.mdx'))!,
      );
      writeFileSync(measure, readFileSync(measure, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'));
      const second = openLoadCache(file);
      const { findings } = loadContent({ root, contentDir: 'content', cache: second });
      expect(second.stats).toEqual({ hits: first.stats.misses - 1, misses: 1 });
      expect(findings.map((finding) => finding.message)).toContainEqual(expect.stringContaining('not a real calendar date'));
    } finally {
      cleanup();
    }
  });

  it("reuses a measure's text hash only while everything it depends on is unchanged, cited evidence included", () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      // REC-05 cites public evidence in its body; the backups answer was reviewed against its text as it reads now.
      const measure = join(root, 'content/measures/restore-availability/backups.mdx');
      writeFileSync(measure, `${readFileSync(measure, 'utf8').trimEnd()} Our provider's report: <EvidenceRef id="aws-soc2-report" />.\n`);
      const answer = join(root, 'content/answers/backups.yaml');
      const load = (cache?: ReturnType<typeof openLoadCache>) =>
        loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate, ...(cache ? { cache } : {}) });
      writeFileSync(answer, readFileSync(answer, 'utf8').replace(/REC-05: \w+/, `REC-05: ${measureTextHash(load().model, 'REC-05')}`));
      const stale = (cache?: ReturnType<typeof openLoadCache>) =>
        validateProject(load(cache)).filter((finding) => finding.rule === 'answer-stale' && finding.file.endsWith('answers/backups.yaml'));

      const file = join(scratch, 'derived.jsonl');
      const first = openLoadCache(file);
      expect(stale(first)).toEqual([]);
      first.save();
      expect(stale(openLoadCache(file))).toEqual([]);

      // The cited evidence's title is part of the measure's public text: renaming it rewords the measure.
      const evidence = join(root, 'content/evidence/aws-soc2-report.yaml');
      const original = readFileSync(evidence, 'utf8');
      writeFileSync(evidence, original.replace(/^title: .*$/m, 'title: AWS SOC 2 Type II report'));
      const renamed = stale(openLoadCache(file));
      expect(renamed.map((finding) => finding.message)).toEqual([expect.stringContaining('REC-05 was reworded')]);
      expect(renamed).toEqual(stale());

      // So is whether it shows at all: internal evidence is cited without a title.
      writeFileSync(evidence, original.replace('visibility: public', 'visibility: internal'));
      const hidden = openLoadCache(file);
      expect(stale(hidden).map((finding) => finding.message)).toEqual([expect.stringContaining('REC-05 was reworded')]);
      hidden.save();
      writeFileSync(evidence, original);
      expect(stale(openLoadCache(file))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('does not keep a load JSON cannot hold exactly (NaN, infinities, -0), and loads it afresh each time', () => {
    const { root, cleanup } = overlayContent();
    try {
      const evidence = join(root, 'content/evidence');
      writeFileSync(join(evidence, 'odd-numbers.yaml'), 'id: odd-numbers\ntitle: Odd numbers\nscore: .nan\nlimit: -.inf\nzero: -0.0\n');
      const { plain, cold, warm, filling, reading } = threeWays(root);
      expect(observe(cold)).toEqual(observe(plain));
      expect(observe(warm)).toEqual(observe(plain));
      expect(reading).toEqual({ hits: filling.misses - 1, misses: 1 });
      const raw = warm.content.rejected.find((item) => item.file.endsWith('odd-numbers.yaml'))?.raw as Record<string, number>;
      expect([raw.score, raw.limit, Object.is(raw.zero, -0)]).toEqual([NaN, -Infinity, true]);
    } finally {
      cleanup();
    }
  });

  it('keeps what was loaded, not what a later step did to it', () => {
    const { root, cleanup } = overlayFixtures(SEED_CONTENT);
    try {
      const file = join(scratch, 'isolated.jsonl');
      const first = openLoadCache(file);
      const before = loadContent({ root, contentDir: 'content', cache: first });
      const title = before.content.measures[0]!.data.title;
      before.content.measures[0]!.data.title = 'Changed after loading';
      first.save();
      const after = loadContent({ root, contentDir: 'content', cache: openLoadCache(file) });
      expect(after.content.measures[0]!.data.title).toBe(title);
    } finally {
      cleanup();
    }
  });

  it('starts from empty on a damaged cache, a cache of other code, or one it cannot write', () => {
    const root = overlayContent().root;
    try {
      const damaged = join(scratch, 'damaged.jsonl');
      writeFileSync(damaged, 'not a cache');
      const fromDamaged = openLoadCache(damaged);
      loadContent({ root, contentDir: 'content', cache: fromDamaged });
      expect(fromDamaged.stats.hits).toBe(0);
      fromDamaged.save();
      const repaired = openLoadCache(damaged);
      loadContent({ root, contentDir: 'content', cache: repaired });
      expect(repaired.stats).toEqual({ hits: fromDamaged.stats.misses, misses: 0 });

      // The same records under another code fingerprint are not used.
      const other = join(scratch, 'other-code.jsonl');
      const kept = readFileSync(damaged, 'utf8');
      writeFileSync(other, kept.replace(/^(\S+ \d+ )\S+/, '$1made-by-other-code'));
      const fromOther = openLoadCache(other);
      loadContent({ root, contentDir: 'content', cache: fromOther });
      expect(fromOther.stats.hits).toBe(0);

      // A cache that cannot be written costs time, not the run.
      const blocked = join(scratch, 'blocked');
      writeFileSync(blocked, 'a file where the cache folder should be');
      const unwritable = openLoadCache(join(blocked, 'cache.jsonl'));
      loadContent({ root, contentDir: 'content', cache: unwritable });
      expect(() => unwritable.save()).not.toThrow();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the caches of the 32 content folders written last', () => {
    const folder = join(scratch, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 40; i++) {
      const path = join(folder, `old-${String(i).padStart(2, '0')}.jsonl`);
      writeFileSync(path, 'x');
      utimesSync(path, 1_000_000 + i, 1_000_000 + i);
    }
    writeFileSync(join(folder, 'notes.txt'), 'not a cache');
    const root = overlayContent().root;
    try {
      const cache = openLoadCache(join(folder, 'current.jsonl'));
      loadContent({ root, contentDir: 'content', cache });
      cache.save();
      const left = readdirSync(folder).sort();
      expect(left.filter((name) => name.endsWith('.jsonl'))).toHaveLength(32);
      expect(left).toContain('current.jsonl');
      expect(left).toContain('notes.txt');
      expect(left).not.toContain('old-00.jsonl');
      expect(left).toContain('old-39.jsonl');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
