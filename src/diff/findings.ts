import type { Finding } from '../content/finding.ts';
import type { FindingChanges } from './types.ts';

/**
 * Findings introduced and fixed between two sides. Findings are matched by rule, file and message, not by line:
 * an edit above a finding moves it without fixing it. Repeated identical findings are counted, so fixing one of
 * two is reported.
 */
export function diffFindings(base: readonly Finding[], head: readonly Finding[]): FindingChanges {
  return {
    compared: true,
    introduced: subtract(head, base),
    fixed: subtract(base, head),
    counts: { base: count(base), head: count(head) },
  };
}

function key(finding: Finding): string {
  return `${finding.rule}\u0000${finding.file}\u0000${finding.message}`;
}

function subtract(from: readonly Finding[], minus: readonly Finding[]): Finding[] {
  const remaining = new Map<string, number>();
  for (const finding of minus) remaining.set(key(finding), (remaining.get(key(finding)) ?? 0) + 1);
  return from.filter((finding) => {
    const left = remaining.get(key(finding)) ?? 0;
    if (left === 0) return true;
    remaining.set(key(finding), left - 1);
    return false;
  });
}

function count(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
