import { describe, expect, it } from 'vitest';
import { listedPeriod } from '../../src/documents/annex-iii.ts';
import type { SubprocessorEvent } from '../../src/schema/index.ts';

const history = (...events: [string, SubprocessorEvent['change']][]) => ({
  history: events.map(([date, change]) => ({ date, change, description: `${change} on ${date}` })),
});

/** Annex III lists sub-processors as of its effective date, with the changes scheduled after it. */
describe('listedPeriod', () => {
  const effective = '2026-12-01';

  it('lists an active sub-processor plainly', () => {
    expect(listedPeriod(history(['2026-01-01', 'added']), effective)).toEqual({});
    expect(listedPeriod(history(['2026-01-01', 'added'], ['2026-06-01', 'changed']), effective)).toEqual({});
  });

  it('lists one that starts after the effective date "from" its start, and one ending after it "until" its end', () => {
    expect(listedPeriod(history(['2027-01-15', 'added']), effective)).toEqual({ from: '2027-01-15' });
    expect(listedPeriod(history(['2026-01-01', 'added'], ['2027-03-01', 'removed']), effective)).toEqual({ until: '2027-03-01' });
    expect(listedPeriod(history(['2027-01-15', 'added'], ['2027-03-01', 'removed']), effective)).toEqual({
      from: '2027-01-15',
      until: '2027-03-01',
    });
  });

  it('leaves out one whose removal took effect, and lists it again from a later re-addition', () => {
    expect(listedPeriod(history(['2026-01-01', 'added'], ['2026-06-01', 'removed']), effective)).toBeUndefined();
    expect(listedPeriod(history(['2026-01-01', 'added'], ['2026-06-01', 'removed'], ['2027-02-01', 'added']), effective)).toEqual({
      from: '2027-02-01',
    });
  });

  it('depends on the effective date alone: what an annex version says never changes with the build date', () => {
    expect(listedPeriod(history(['2027-01-15', 'added']), '2027-01-15')).toEqual({});
  });
});
