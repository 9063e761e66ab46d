import { describe, expect, it } from 'vitest';
import { groupRequirements, sectionRequirements } from '../../src/site/grouping.ts';
import { framework } from './view-fixture.ts';

interface Shape {
  id: string | undefined;
  title: string | undefined;
  depth: number;
  reqs: string[];
  children: Shape[];
}
const ids = (sections: ReturnType<typeof groupRequirements>): Shape[] =>
  sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, reqs: s.requirements.map((r) => r.id), children: ids(s.children) }));

describe('groupRequirements', () => {
  it('nests categories under functions, in the framework order (NIST-style)', () => {
    const fw = framework('nist', [], {
      groups: [
        { id: 'GV', title: 'Govern' },
        { id: 'GV.OC', title: 'Context', parent: 'GV' },
        { id: 'PR', title: 'Protect' },
        { id: 'PR.DS', title: 'Data security', parent: 'PR' },
        { id: 'PR.AA', title: 'Access', parent: 'PR' },
      ],
      requirements: [
        { id: 'GV.OC-01', title: 'a', group: 'GV.OC' },
        { id: 'PR.DS-01', title: 'b', group: 'PR.DS' },
        { id: 'PR.AA-01', title: 'c', group: 'PR.AA' },
        { id: 'PR.DS-02', title: 'd', group: 'PR.DS' },
      ],
    });
    expect(ids(groupRequirements(fw))).toEqual([
      {
        id: 'GV',
        title: 'Govern',
        depth: 0,
        reqs: [],
        children: [{ id: 'GV.OC', title: 'Context', depth: 1, reqs: ['GV.OC-01'], children: [] }],
      },
      {
        id: 'PR',
        title: 'Protect',
        depth: 0,
        reqs: [],
        children: [
          { id: 'PR.DS', title: 'Data security', depth: 1, reqs: ['PR.DS-01', 'PR.DS-02'], children: [] },
          { id: 'PR.AA', title: 'Access', depth: 1, reqs: ['PR.AA-01'], children: [] },
        ],
      },
    ]);
  });

  it('puts a framework without groups in one untitled section', () => {
    expect(ids(groupRequirements(framework('f', ['a', 'b'])))).toEqual([
      { id: undefined, title: undefined, depth: 0, reqs: ['a', 'b'], children: [] },
    ]);
  });

  it('keeps requirements of unknown groups in "Other", drops empty groups and survives parent cycles', () => {
    const fw = framework('f', [], {
      groups: [
        { id: 'A', title: 'A', parent: 'B' },
        { id: 'B', title: 'B', parent: 'A' },
        { id: 'E', title: 'Empty' },
      ],
      requirements: [
        { id: '1', title: 'x', group: 'A' },
        { id: '2', title: 'y', group: 'missing' },
      ],
    });
    const sections = groupRequirements(fw);
    expect(
      sections
        .flatMap(sectionRequirements)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['1', '2']);
    expect(sections.at(-1)?.title).toBe('Other');
    expect(sections.some((s) => s.id === 'E')).toBe(false);
  });
});
