import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fold, readSeed, sentenceEnd, splitSentences, type SeedSentence } from '../helpers/seed.ts';

/**
 * The seed content (test/fixtures/seed/content, the default content as first written from the source) must say what the source Annex II says, word for word: every sentence of
 * test/fixtures/seed/tom-annex-ii.txt sits in exactly one measure body, and measure bodies hold nothing else.
 * The files are read directly (not through the project's loader) so that this check stands on its own.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedFile = join(root, 'test/fixtures/seed/tom-annex-ii.txt');
const measuresDir = join(root, 'test/fixtures/seed/content/measures');
const taxonomyFile = join(root, 'test/fixtures/seed/content/frameworks/scc-annex-ii.yaml');

interface MeasureBody {
  file: string;
  id: string;
  categories: string[];
  sentences: string[];
}

const componentTag = /<(?:Acknowledge|EvidenceRef)\b(?:[^"'>]|"[^"]*"|'[^']*')*\/>/g;

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

/** Reads a measure file: YAML frontmatter between `---` lines, then the body with its component tags removed. */
function readMeasure(file: string): MeasureBody {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
  const frontmatter = parse(match[1] ?? '') as { id?: string; satisfies?: Record<string, string[]> };
  const body = (match[2] ?? '').replace(componentTag, '');
  return {
    file: relative(root, file),
    id: frontmatter.id ?? file,
    categories: frontmatter.satisfies?.['scc-annex-ii'] ?? [],
    sentences: body.split(/\n\s*\n/).flatMap(splitSentences),
  };
}

interface Fidelity {
  /** Source sentences no measure holds. */
  missing: string[];
  /** Source sentences held more than once, with the measures holding them. */
  repeated: { sentence: string; measures: string[] }[];
  /** Measure sentences that are not in the source. */
  added: { measure: string; sentence: string }[];
}

function compare(seed: readonly SeedSentence[], measures: readonly MeasureBody[]): Fidelity {
  const holders = new Map<string, string[]>(seed.map((s) => [s.text, []]));
  const added: Fidelity['added'] = [];
  for (const measure of measures) {
    for (const sentence of measure.sentences) {
      const list = holders.get(sentence);
      if (list) list.push(measure.id);
      else added.push({ measure: measure.id, sentence });
    }
  }
  const entries = [...holders];
  return {
    missing: entries.filter(([, ids]) => ids.length === 0).map(([sentence]) => sentence),
    repeated: entries.filter(([, ids]) => ids.length > 1).map(([sentence, ids]) => ({ sentence, measures: ids })),
    added,
  };
}

const seed = readSeed(readFileSync(seedFile, 'utf8'));
const measures = filesUnder(measuresDir, '.mdx').map(readMeasure);
const taxonomy = parse(readFileSync(taxonomyFile, 'utf8')) as {
  requirements: { id: string; title: string; aliases?: string[] }[];
};

/** Maps a seed heading to the Annex II category whose title or alias it is. */
function categoryOf(heading: string): string | undefined {
  const key = fold(heading);
  return taxonomy.requirements.find((r) => [r.title, ...(r.aliases ?? [])].some((t) => fold(t) === key))?.id;
}

describe('seed document', () => {
  it('splits into headings and sentences without breaking at "e.g.", "ie" or "(“TLS”)."', () => {
    expect(seed.title).toBe('🦺 Technical and Operational Measures');
    expect(seed.headings).toHaveLength(18);
    expect(new Set(seed.sentences.map((s) => s.text)).size).toBe(50);
    const texts = seed.sentences.map((s) => s.text);
    expect(texts).toContain(
      'For the purpose of transfer control, an encryption technology is used (e.g. remote access to the company network via two factor VPN tunnel and full disk encryption).',
    );
    expect(texts).toContain('Data in transit is protected by Transport Layer Security (“TLS”).');
    expect(texts.filter((t) => t.startsWith('Dreamdata.io has the ability to export'))).toHaveLength(1);
    expect(texts.every((t) => sentenceEnd.test(t))).toBe(true);
  });

  it('has every heading among the titles or aliases of the scc-annex-ii categories (s/z folded)', () => {
    const unmatched = seed.headings.filter((h) => categoryOf(h) === undefined);
    expect(unmatched).toEqual([]);
  });
});

describe('measures against the seed', () => {
  it('has at least 35 atomic measures', () => {
    expect(measures.length).toBeGreaterThanOrEqual(35);
  });

  it('holds every sentence of the seed in exactly one measure body', () => {
    const { missing, repeated } = compare(seed.sentences, measures);
    expect(missing).toEqual([]);
    expect(repeated).toEqual([]);
  });

  it('adds no sentence the seed does not have', () => {
    expect(compare(seed.sentences, measures).added).toEqual([]);
  });

  it('files each sentence under a measure that satisfies every category the sentence stands under', () => {
    const holder = new Map(measures.flatMap((m) => m.sentences.map((s) => [s, m] as const)));
    const misfiled = seed.sentences
      .map((s) => ({ sentence: s.text, category: categoryOf(s.heading), measure: holder.get(s.text) }))
      .filter(({ category, measure }) => measure && (!category || !measure.categories.includes(category)))
      .map(({ sentence, category, measure }) => `${measure?.id} lacks ${category}: ${sentence}`);
    expect(misfiled).toEqual([]);
  });

  it('keeps each measure in the folder of its primary category', () => {
    const misplaced = measures
      .filter((m) => m.file.split(sep).at(-2) !== m.categories[0])
      .map((m) => `${m.file} (primary category ${m.categories[0]})`);
    expect(misplaced).toEqual([]);
  });
});

describe('the fidelity check itself', () => {
  // One synthetic measure per distinct seed sentence: a faithful split, independent of the real content.
  const faithful: MeasureBody[] = [...new Set(seed.sentences.map((s) => s.text))].map((sentence, i) => ({
    file: `synthetic-${i}.mdx`,
    id: `SYN-${String(i).padStart(2, '0')}`,
    categories: [],
    sentences: [sentence],
  }));
  const [first, second, ...rest] = faithful;
  if (!first || !second) throw new Error('the seed has fewer than two sentences');
  const sentence = first.sentences[0] ?? '';

  it('accepts a faithful split', () => {
    expect(compare(seed.sentences, faithful)).toEqual({ missing: [], repeated: [], added: [] });
  });

  it('reports a sentence deleted from a measure', () => {
    const result = compare(seed.sentences, [{ ...first, sentences: [] }, second, ...rest]);
    expect(result.missing).toEqual([sentence]);
  });

  it('reports a sentence kept in two measures', () => {
    const result = compare(seed.sentences, [first, { ...second, sentences: [...second.sentences, sentence] }, ...rest]);
    expect(result.repeated).toEqual([{ sentence, measures: [first.id, second.id] }]);
  });

  it('reports a reworded sentence as added, and the original as missing', () => {
    const reworded = `${sentence.slice(0, -1)} at all times.`;
    const result = compare(seed.sentences, [{ ...first, sentences: [reworded] }, second, ...rest]);
    expect(result.added).toEqual([{ measure: first.id, sentence: reworded }]);
    expect(result.missing).toEqual([sentence]);
  });
});
