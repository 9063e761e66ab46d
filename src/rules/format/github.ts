import type { Finding } from '../../content/finding.ts';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the changed line of the pull request.
 * Property values and messages are escaped as the runner requires, so a message cannot end the command early.
 */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const command = f.severity === 'error' ? 'error' : 'warning';
      const props = `file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.rule)}`;
      return `::${command} ${props}::${data(`${f.message}\nhint: ${f.hint}`)}`;
    })
    .join('\n');
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
