import { sortFindings, type Finding } from '../content/finding.ts';
import type { Project } from '../content/project.ts';
import { runRules } from './index.ts';
import { compareWithBase, type BaseComparison } from './version/comparison.ts';

export interface ValidateOptions {
  /** Treat warnings as errors, except those the content accepts (see `acceptedWarnings` in lint.yaml). */
  strict?: boolean;
  /** The content at a base ref: adds the version rules (`validate --base`). */
  base?: { project: Project; ref: string } | BaseComparison;
}

/** Loader findings plus every rule's findings, sorted; with `strict`, unaccepted warnings become errors. */
export function validateProject(project: Project, options: ValidateOptions = {}): Finding[] {
  const base =
    options.base && 'documents' in options.base
      ? options.base
      : options.base && compareWithBase(options.base.project, project, options.base.ref);
  let findings = [...project.loadFindings, ...runRules(project.model, base ? { base } : {})];
  if (base) findings = withoutRepeats(findings);
  findings = sortFindings(findings);
  return options.strict ? strictly(findings, project) : findings;
}

/**
 * Findings a version rule and a plain rule would both make about one line. A released document without a
 * changelog entry for its version is reported by document-facts already, so the version rule's "no changelog
 * entry of its own" is left out; an effective date the version rule finds unchanged since the base is said by it
 * alone, not again by changelog-versions as "before its changelog entry".
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const said = new Set(
    findings.filter((f) => f.rule === 'document-facts' && f.message.includes('has no changelog entry')).map((f) => f.file),
  );
  const at = (f: Finding) => `${f.file}:${f.line}`;
  const dated = new Set(findings.filter((f) => f.rule === 'document-effective-date').map(at));
  return findings.filter(
    (f) => !(f.rule === 'document-changelog' && said.has(f.file)) && !(f.rule === 'changelog-versions' && dated.has(at(f))),
  );
}

/**
 * Strict mode, the content check's gate: a warning fails unless the content accepts its rule in lint.yaml
 * (`acceptedWarnings: { <rule>: <why> }`), so every tolerated warning is a reviewed, written decision.
 */
export function strictly(findings: readonly Finding[], project: Project): Finding[] {
  const accepted = project.model.lint?.data.acceptedWarnings ?? {};
  return findings.map((f) => (f.severity === 'warning' && !(f.rule in accepted) ? { ...f, severity: 'error' as const } : f));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
