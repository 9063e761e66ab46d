import type { Finding } from '../../content/finding.ts';

/** Machine-readable findings with counts, for editors, dashboards and the diff report. */
export function formatJson(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return JSON.stringify({ errors, warnings: findings.length - errors, findings }, null, 2);
}
