import { describe, expect, it } from 'vitest';
import { coverageMatrix, frameworkCoverage } from '../../src/site/coverage.ts';
import { framework, measure, view } from './view-fixture.ts';

describe('frameworkCoverage', () => {
  it('counts a requirement as covered only when an implemented measure satisfies it', () => {
    const v = view();
    const iso = v.frameworks[0]!;
    const c = frameworkCoverage(iso, v.measures);
    expect(c.total).toBe(4);
    expect(c.covered).toBe(3); // 8.24, 8.5 (ENC-01), 5.1 (ACC-01)
    expect(c.planned).toBe(1); // 8.13 only by planned ENC-02
    expect(c.requirements.get('8.24')?.implemented.map((m) => m.id)).toEqual(['ENC-01']);
    expect(c.requirements.get('8.24')?.planned.map((m) => m.id)).toEqual(['ENC-02']);
    expect(c.requirements.get('8.24')?.state).toBe('covered');
    expect(c.requirements.get('8.13')?.state).toBe('planned');
  });

  it('ignores ids the catalogue does not have, and counts a measure once per requirement', () => {
    const fw = framework('f', ['a']);
    const c = frameworkCoverage(fw, [measure('M-01', { f: ['a', 'a', 'zzz'] })]);
    expect(c.requirements.size).toBe(1);
    expect(c.requirements.get('a')?.implemented).toHaveLength(1);
  });

  it('reports every requirement as a gap when nothing maps to the framework', () => {
    const c = frameworkCoverage(framework('f', ['a', 'b']), [measure('M-01', { other: ['x'] })]);
    expect([c.covered, c.planned, c.total]).toEqual([0, 0, 2]);
    expect([...c.requirements.values()].map((r) => r.state)).toEqual(['gap', 'gap']);
  });
});

describe('coverageMatrix', () => {
  it('counts, per category, the distinct requirements its implemented measures cover', () => {
    const v = view();
    const iso = v.frameworks[0]!;
    const coverage = new Map([[iso.id, frameworkCoverage(iso, v.measures)]]);
    const matrix = coverageMatrix(v.taxonomy, [iso], v.measures, coverage);
    expect(matrix.rows.map((r) => [r.category.id, r.measures, r.cells.iso?.requirements])).toEqual([
      ['enc', 2, ['8.24', '8.5']], // ENC-02 is planned: its 8.13 does not count
      ['acc', 1, ['5.1']], // not-in-catalogue is dropped
      ['empty', 0, []],
    ]);
    expect(matrix.totals).toEqual({ iso: { covered: 3, total: 4 } });
  });

  it('orders cell requirements in catalogue order', () => {
    const fw = framework('f', ['1', '2', '3']);
    const measures = [measure('M-01', { tax: ['enc'], f: ['3', '1'] })];
    const matrix = coverageMatrix(view().taxonomy, [fw], measures, new Map([[fw.id, frameworkCoverage(fw, measures)]]));
    expect(matrix.rows[0]?.cells.f?.requirements).toEqual(['1', '3']);
  });
});
