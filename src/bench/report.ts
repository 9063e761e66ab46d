import type { Timing } from './measure.ts';

/** One benchmark result; `budget` in seconds when the issue names one. */
export interface Row extends Timing {
  task: string;
  size: string;
  budget?: number;
}

export function overBudget(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.budget !== undefined && row.seconds > row.budget);
}

/** A Markdown table, ready to paste into the README's Performance section. */
export function formatRows(rows: readonly Row[]): string {
  const lines = ['| task | size | wall time | peak memory | budget | |', '|---|---|---:|---:|---:|---|'];
  for (const row of rows) {
    const verdict = row.budget === undefined ? '' : row.seconds <= row.budget ? 'ok' : 'OVER';
    lines.push(
      `| ${row.task} | ${row.size} | ${row.seconds.toFixed(2)} s | ${row.peakMb ? `${row.peakMb} MB` : '–'} | ${row.budget === undefined ? '–' : `< ${row.budget} s`} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
