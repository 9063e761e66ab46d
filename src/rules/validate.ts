import type { Project } from '../content/project.ts';
import { sortFindings, type Finding } from './finding.ts';
import { runRules } from './index.ts';

export interface ValidateOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
}

/** Loader findings plus every rule's findings, sorted; with `strict`, warnings become errors. */
export function validateProject(project: Project, options: ValidateOptions = {}): Finding[] {
  const findings = sortFindings([...project.loadFindings, ...runRules(project.model)]);
  return options.strict ? findings.map((f) => ({ ...f, severity: 'error' as const })) : findings;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
