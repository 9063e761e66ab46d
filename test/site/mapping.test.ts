import { describe, expect, it } from 'vitest';
import { annexRequirements, frameworkMapping, mappingMatrix } from '../../src/site/mapping.ts';
import type { DocumentSpec } from '../../src/schema/document.ts';
import { framework, measure, view } from './view-fixture.ts';

describe('frameworkMapping', () => {
  it('counts a requirement as mapped only when an implemented measure addresses it', () => {
    const v = view();
    const iso = v.frameworks[0]!;
    const m = frameworkMapping(iso, v.measures);
    expect(m.total).toBe(4);
    expect(m.mapped).toBe(3); // 8.24, 8.5 (ENC-01), 5.1 (ACC-01)
    expect(m.planned).toBe(1); // 8.13 only by planned ENC-02
    expect(m.requirements.get('8.24')?.implemented.map((x) => x.id)).toEqual(['ENC-01']);
    expect(m.requirements.get('8.24')?.planned.map((x) => x.id)).toEqual(['ENC-02']);
    expect(m.requirements.get('8.24')?.state).toBe('mapped');
    expect(m.requirements.get('8.13')?.state).toBe('planned');
  });

  it('ignores ids the catalogue does not have, and counts a measure once per requirement', () => {
    const fw = framework('f', ['a']);
    const m = frameworkMapping(fw, [measure('M-01', { f: ['a', 'a', 'zzz'] })]);
    expect(m.requirements.size).toBe(1);
    expect(m.requirements.get('a')?.implemented).toHaveLength(1);
  });

  it('reports every requirement as unmapped when nothing maps to the framework', () => {
    const m = frameworkMapping(framework('f', ['a', 'b']), [measure('M-01', { other: ['x'] })]);
    expect([m.mapped, m.planned, m.total]).toEqual([0, 0, 2]);
    expect([...m.requirements.values()].map((r) => r.state)).toEqual(['unmapped', 'unmapped']);
  });
});

describe('annexRequirements', () => {
  const doc = (extra: Partial<DocumentSpec>) =>
    ({ id: 'annex-ii', kind: 'annex-ii', status: 'released', version: '1.0.0', requires: ['enc', 'acc'], ...extra }) as DocumentSpec;

  it('lists the categories a released Annex II requires and which of them no implemented measure addresses', () => {
    const v = view();
    const mapping = frameworkMapping(v.taxonomy, v.measures);
    const [entry] = annexRequirements(v.taxonomy, [doc({})], mapping);
    expect(entry?.required.map((r) => r.id)).toEqual(['enc', 'acc']);
    expect(entry?.missing).toEqual([]);
    const [gap] = annexRequirements(v.taxonomy, [doc({ requires: ['enc', 'empty'] })], mapping);
    expect(gap?.missing.map((r) => r.id)).toEqual(['empty']);
  });

  it('says nothing for drafts, other annexes or another taxonomy', () => {
    const v = view();
    const mapping = frameworkMapping(v.taxonomy, v.measures);
    expect(
      annexRequirements(v.taxonomy, [doc({ status: 'draft' }), doc({ kind: 'annex-iii' }), doc({ taxonomy: 'other' })], mapping),
    ).toEqual([]);
  });
});

describe('mappingMatrix', () => {
  it('counts, per category, the distinct requirements its implemented measures are mapped to', () => {
    const v = view();
    const iso = v.frameworks[0]!;
    const mapping = new Map([[iso.id, frameworkMapping(iso, v.measures)]]);
    const matrix = mappingMatrix(v.taxonomy, [iso], v.measures, mapping);
    expect(matrix.rows.map((r) => [r.category.id, r.measures, r.cells.iso?.requirements])).toEqual([
      ['enc', 2, ['8.24', '8.5']], // ENC-02 is planned: its 8.13 does not count
      ['acc', 1, ['5.1']], // not-in-catalogue is dropped
      ['empty', 0, []],
    ]);
    expect(matrix.totals).toEqual({ iso: 3 });
  });

  it('orders cell requirements in catalogue order', () => {
    const fw = framework('f', ['1', '2', '3']);
    const measures = [measure('M-01', { tax: ['enc'], f: ['3', '1'] })];
    const matrix = mappingMatrix(view().taxonomy, [fw], measures, new Map([[fw.id, frameworkMapping(fw, measures)]]));
    expect(matrix.rows[0]?.cells.f?.requirements).toEqual(['1', '3']);
  });
});
