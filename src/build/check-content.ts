import type { Project } from '../content/project.ts';
import type { Finding } from '../rules/finding.ts';
import { formatText } from '../rules/format/text.ts';
import { hasErrors, validateProject } from '../rules/validate.ts';

/**
 * The first step of every build: nothing is built from content with errors. Prints the errors (the warnings are
 * `npm run validate`'s to list) and returns undefined when there are any, else every finding for the summary.
 */
export function checkContent(project: Project, color: boolean): Finding[] | undefined {
  const findings = validateProject(project);
  if (!hasErrors(findings)) return findings;
  console.log(
    formatText(
      findings.filter((f) => f.severity === 'error'),
      { color },
    ),
  );
  console.log('\nThe build stops at content errors. `npm run validate` shows every finding with its hint.');
  return undefined;
}
