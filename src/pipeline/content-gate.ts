import type { Finding } from '../content/finding.ts';
import type { Project } from '../content/project.ts';
import { formatText } from '../rules/format/text.ts';
import { hasErrors, validateProject } from '../rules/validate.ts';

/**
 * The first step of every build: nothing is built from content with errors. Returns every finding, and the
 * errors formatted for the terminal when there are any (the warnings are `npm run validate`'s to list).
 */
export function gateContent(project: Project, color: boolean): { findings: Finding[]; blocked?: string } {
  const findings = validateProject(project);
  if (!hasErrors(findings)) return { findings };
  const errors = formatText(
    findings.filter((f) => f.severity === 'error'),
    { color },
  );
  return { findings, blocked: `${errors}\n\nThe build stops at content errors. \`npm run validate\` shows every finding with its hint.` };
}
