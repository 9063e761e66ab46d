import { describe, expect, it } from 'vitest';
import { createMeasurer, MissingGlyphError } from '../../src/pdf/layout/measure.ts';
import type { Run, TextStyle } from '../../src/pdf/layout/types.ts';
import { widestWord, wrapRuns } from '../../src/pdf/layout/wrap.ts';
import { fakeMeasurer, fakeMetrics } from './fake-metrics.ts';

// Fake metrics: every character is 5 pt wide at 10 pt.
const style: TextStyle = { font: 'serif', size: 10, color: [0, 0, 0] };
const run = (text: string, s: TextStyle = style): Run => ({ text, style: s });
const texts = (lines: ReturnType<typeof wrapRuns>) => lines.map((line) => line.fragments.map((f) => f.text).join(''));

describe('measure', () => {
  it('scales unit widths by size and caches whole words', () => {
    let calls = 0;
    const metrics = fakeMetrics();
    const counting = { ...metrics, serif: { ...metrics.serif, advance: (cp: number) => (calls++, metrics.serif.advance(cp)) } };
    const measurer = createMeasurer(counting);
    expect(measurer.width('abcd', style)).toBe(20);
    expect(measurer.width('abcd', { ...style, size: 20 })).toBe(40);
    expect(calls).toBe(4);
  });

  it('refuses a character the font cannot draw, naming it', () => {
    expect(() => fakeMeasurer().width('smile 😀', style)).toThrow(MissingGlyphError);
    expect(() => fakeMeasurer().width('smile😀', style)).toThrow('cannot print "😀" (U+1F600) in "smile😀"');
  });
});

describe('wrapRuns', () => {
  const measurer = fakeMeasurer();

  it('fills lines greedily at spaces and never exceeds the width', () => {
    // 'aaaa bbbb cccc dddd' at 50 pt (10 characters): 'aaaa bbbb' is 45 pt, adding ' cccc' would be 70.
    const lines = wrapRuns([run('aaaa bbbb cccc dddd')], 50, measurer);
    expect(texts(lines)).toEqual(['aaaa bbbb ', 'cccc dddd']);
    expect(lines.map((l) => l.width)).toEqual([45, 45]);
  });

  it('keeps the breaking space at the end of the line, drawn but not measured', () => {
    const [first] = wrapRuns([run('aaaa bbbb cccc')], 45, measurer);
    expect(first!.fragments.at(-1)!.text.endsWith(' ')).toBe(true);
    expect(first!.width).toBe(45);
  });

  it('collapses runs of spaces and drops spaces at the start of a line', () => {
    expect(texts(wrapRuns([run('  aa   bb  ')], 100, measurer))).toEqual(['aa bb']);
  });

  it('breaks at hard breaks', () => {
    expect(texts(wrapRuns([run('aa'), run('\n'), run('bb')], 100, measurer))).toEqual(['aa ', 'bb']);
  });

  it('keeps words that span runs together and positions fragments', () => {
    const bold = { ...style, font: 'serifBold' as const };
    const [line] = wrapRuns([run('ab'), run('cd', bold), run(' ef')], 100, measurer);
    expect(line!.fragments.map((f) => [f.text, f.x, f.width])).toEqual([
      ['ab', 0, 10],
      ['cd', 10, 10],
      [' ef', 20, 15],
    ]);
  });

  it('breaks a URL wider than the line after a delimiter, never after a hyphen', () => {
    const url = 'https://example.com/aaaa/bbbb-cccc/dddd';
    const lines = wrapRuns([run(url)], 100, measurer); // 20 characters a line
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
    expect(texts(lines).join('')).toBe(url);
    expect(texts(lines)[0]).toBe('https://example.com/');
    for (const text of texts(lines)) expect(text.endsWith('-')).toBe(false);
  });

  it('breaks a long word between characters when it has no delimiter', () => {
    const word = 'Datenschutzfolgenabschätzung'; // 28 characters
    const lines = wrapRuns([run(`x ${word} y`)], 50, measurer);
    expect(texts(lines)).toEqual(['x ', 'Datenschut', 'zfolgenabs', 'chätzung y']);
  });

  it('reports the widest word, the narrowest a table column can be', () => {
    expect(widestWord([run('a bbb cc')], measurer)).toBe(15);
  });
});
