import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/schema/common.ts';

// isoDate checks the calendar by arithmetic, not through Date: held here against Date's own reading of every day
// of four years (a leap year, a century that is not one, and one that is) plus the impossible days around them.
function dateAgrees(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

describe('isoDate', () => {
  const days: string[] = [];
  for (const year of ['2027', '2028', '2100', '2000'])
    for (let month = 0; month <= 13; month++)
      for (let day = 0; day <= 32; day++) days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

  it('accepts exactly the days the calendar has', () => {
    const disagreements = days.filter((value) => isoDate.safeParse(value).success !== dateAgrees(value));
    expect(disagreements).toEqual([]);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2100-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026-04-31').success).toBe(false);
  });

  it('refuses other shapes with the format message', () => {
    const result = isoDate.safeParse('2026-1-5');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
