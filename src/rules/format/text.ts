import type { Finding } from '../../content/finding.ts';

export interface TextOptions {
  color: boolean;
}

/**
 * `path:line:col  severity  rule  message`, then the hint indented under it, then a summary with counts by rule:
 * the shape editors and terminals turn into clickable locations.
 */
export function formatText(findings: readonly Finding[], options: TextOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const f of findings) {
    const severity = f.severity === 'error' ? paint('31;1', 'error  ') : paint('33', 'warning');
    lines.push(`${paint('1', `${f.file}:${f.line}:${f.column}`)}  ${severity}  ${paint('36', f.rule)}  ${f.message}`);
    lines.push(`    ${paint('2', 'hint:')} ${f.hint}`);
  }
  if (findings.length) lines.push('');
  lines.push(summary(findings, options));
  return lines.join('\n');
}

export function summary(findings: readonly Finding[], options: TextOptions): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const byRule = (list: readonly Finding[]) => {
    const counts = new Map<string, number>();
    for (const f of list) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
  };
  const head = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  const mark = errors.length ? (options.color ? '\u001b[31;1m✖\u001b[0m' : '✖') : options.color ? '\u001b[32;1m✔\u001b[0m' : '✔';
  const parts = [`${mark} ${head}`];
  if (errors.length) parts.push(`  errors by rule: ${byRule(errors)}`);
  if (warnings.length) parts.push(`  warnings by rule: ${byRule(warnings)}`);
  return parts.join('\n');
}
