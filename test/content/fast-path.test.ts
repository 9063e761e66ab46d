import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureBody } from '../../src/content/entry.ts';
import { measureBody } from '../../src/content/measure-body.ts';
import type { Model } from '../../src/content/model.ts';
import { loadProject } from '../../src/content/project.ts';
import { componentElements } from '../../src/rules/body-walk.ts';
import { runRules } from '../../src/rules/index.ts';
import { fixtureBuildDate, overlayContent } from '../helpers/fixture-content.ts';
import { bodyCorpus } from './body-corpus.ts';

// Validation takes two shortcuts: plain prose is built into a tree without the parser (and GFM is loaded only when
// a body could use it), and the quick reading proves most bodies safe without any tree. Both must be invisible: for
// every body of the corpus, the shortcuts give the same tree as the full MDX + GFM parse, and every rule reports
// exactly what it reports from the full parse.
const corpus = bodyCorpus().map((body) => ({
  ...body,
  fast: measureBody(body.source, body.line),
  full: measureBody(body.source, body.line, { shortcuts: false }),
}));
let model: Model;

beforeAll(() => {
  const { root, cleanup } = overlayContent();
  try {
    model = loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }).model;
  } finally {
    cleanup();
  }
});

/** The minimal content with the first measure's body replaced. */
function withBody(body: MeasureBody): Model {
  const [first, ...rest] = model.measures;
  const measure = { ...first!, body };
  const measures = new Map(model.index.measures).set(measure.data.id, measure);
  return { ...model, measures: [measure, ...rest], index: { ...model.index, measures } };
}

const show = (source: string) => JSON.stringify(source.length > 120 ? `${source.slice(0, 120)}…` : source);

describe('the fast paths, over a corpus of random and hostile bodies', () => {
  it(`has hundreds of bodies, and the shortcuts are taken for many of them`, () => {
    expect(corpus.length).toBeGreaterThan(600);
    const quick = corpus.filter((body) => body.fast.quick() !== undefined).length;
    expect(quick).toBeGreaterThan(150);
    expect(corpus.length - quick).toBeGreaterThan(300);
  });

  it('parse every body to the tree (or the refusal) of the full parse', () => {
    const disagreements: string[] = [];
    for (const { name, source, fast, full } of corpus) {
      if (!isDeepStrictEqual(fast.parse(), full.parse())) disagreements.push(`${name}: ${show(source)}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('give every rule the findings of the full parse', () => {
    const disagreements: string[] = [];
    for (const { name, source, ...body } of corpus) {
      const fast = runRules(withBody(body.fast));
      const full = runRules(withBody(body.full));
      if (!isDeepStrictEqual(fast, full)) {
        const only = (a: typeof fast, b: typeof fast) =>
          a.filter((f) => !b.some((g) => isDeepStrictEqual(f, g))).map((f) => `${f.rule}: ${f.message}`);
        disagreements.push(
          `${name}: ${show(source)}\n  fast only: ${only(fast, full).join('; ')}\n  full only: ${only(full, fast).join('; ')}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('read the components, with positions and props, that the full parse finds', () => {
    const disagreements: string[] = [];
    for (const { name, source, fast, full } of corpus) {
      if (!fast.quick()) continue;
      expect(full.parse().ok, `${name}: the quick reading accepted a body the parser refuses`).toBe(true);
      if (!isDeepStrictEqual(componentElements(fast), componentElements(full))) disagreements.push(`${name}: ${show(source)}`);
    }
    expect(disagreements).toEqual([]);
  });
});
