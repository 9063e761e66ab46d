import { describe, expect, it } from 'vitest';
import { checkBodyText } from '../../src/content/body-limits.ts';
import { quickReading } from '../../src/content/body-scan.ts';
import { parseBody } from '../../src/content/markdown.ts';

const scanSimpleBody = (source: string, line = 10) => quickReading(source, line, checkBodyText(source, line))?.components;
const body = (source: string) => source;

describe('quickReading', () => {
  it('reads links and literal components without the parser, with file positions', () => {
    const scanned = scanSimpleBody(
      body(
        'Keys rotate, see [the policy](https://example.com/p).\n\nProof: <EvidenceRef id="cert-1" /> and\n<Acknowledge phrase="strive-to" reason="Tracked as ENC-03 &amp; due in Q1." />',
      ),
    );
    expect(scanned).toEqual([
      { name: 'EvidenceRef', element: { line: 12, column: 8 }, props: { id: 'cert-1' } },
      { name: 'Acknowledge', element: { line: 13, column: 1 }, props: { phrase: 'strive-to', reason: 'Tracked as ENC-03 & due in Q1.' } },
    ]);
  });

  it.each([
    ['an image', '![diagram](https://example.com/d.png)'],
    ['a code span', 'The setting is `<EvidenceRef id="x" />`.'],
    ['an autolink', 'See <https://example.com>.'],
    ['an expression', 'Rotated {every} 90 days.'],
    ['raw HTML', 'Rotated <b>often</b>.'],
    ['an unknown component', 'See <Widget id="x" />.'],
    ['a prop expression', 'See <EvidenceRef id={x} />.'],
    ['an unclosed component', 'See <EvidenceRef id="x">.'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a reference link', '[x][ref]\n\n[ref]: https://example.com'],
    ['an import', "import X from 'x'\n\nText."],
    ['a stray bracket', 'Ranges [1, 2] are closed.'],
    ['a numeric reference in a prop', 'See <EvidenceRef id="&#x63;ert" />.'],
    ['an escaped component', 'See \\<EvidenceRef id="x" />.'],
    ['a component in a tilde fence', '~~~\n<EvidenceRef id="x" />\n~~~'],
    ['a tab before a component', 'See\t<EvidenceRef id="x" />.'],
    ['emphasis that might nest past the limit', '*a _b *c _d *e _f *g _h *i _j *k* l_ m* n_ o* p_ q* r_ s* t_ u*'],
    ['a body past a limit', `${'word '.repeat(1700)}[x](https://example.com)`],
  ])('leaves %s to the parser', (_, source) => {
    expect(scanSimpleBody(body(source))).toBeUndefined();
  });

  it('agrees with the parser on what a simple body holds', () => {
    const source = 'A [link](https://example.com/a?b=c) and <EvidenceRef id="e-1" /> in **bold**.';
    const parsed = parseBody(source);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const json = JSON.stringify(parsed.tree);
    expect(json).toContain('"type":"link"');
    expect(json).toContain('"name":"EvidenceRef"');
    expect(json).not.toMatch(/mdxjsEsm|mdxTextExpression|mdxFlowExpression|"type":"html"/);
    expect(scanSimpleBody(body(source))?.map((use) => use.props)).toEqual([{ id: 'e-1' }]);
  });
});
