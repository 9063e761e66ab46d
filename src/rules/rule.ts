import type { Entry } from '../content/entry.ts';
import type { Finding } from '../content/finding.ts';
import type { Model } from '../content/model.ts';
import type { Position, WithinValue } from '../content/position.ts';
import type { BaseComparison } from './version/comparison.ts';

/**
 * A check over the loaded model. Each rule lives in its own file, has a stable id that users can search for and
 * CI can annotate with, and reports through `report`, which ties every finding to a file, line and column.
 * Version rules (src/rules/version/) are rules like any other; they compare with the content at a base ref and
 * therefore run only when one is given (`validate --base`).
 */
export interface Rule {
  /** Stable id, such as "unknown-evidence". */
  id: string;
  /** Severity of its findings unless a finding says otherwise. */
  severity: Finding['severity'];
  /** One line on what the rule protects, for `validate --rules` and the README. */
  description: string;
  /** `base`: the rule needs the comparison with a base ref and is skipped without one. */
  needs?: 'base';
  check(model: Model, report: Reporter, context: RuleContext): void;
}

export interface RuleContext {
  /** The content at the base ref and what changed since, when validating a change against one. */
  base?: BaseComparison;
}

/** Reports a finding at an entry's field (or a raw position in a file). */
export type Reporter = (where: Where, message: string, hint: string, severity?: Finding['severity']) => void;

/**
 * Where a finding is: a field of an entry (with `within`, a character of its string value, such as the start of a
 * vague phrase in an explanation), or a position in a file.
 */
export type Where = { entry: Entry<unknown>; path?: readonly PropertyKey[]; within?: WithinValue } | { file: string; position: Position };

/** Runs the rules that can run in `context` and returns their findings. */
export function runRuleList(rules: readonly Rule[], model: Model, context: RuleContext = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.needs === 'base' && !context.base) continue;
    const report: Reporter = (where, message, hint, severity = rule.severity) => {
      const file = 'entry' in where ? where.entry.file : where.file;
      const position = 'entry' in where ? where.entry.at(where.path ?? [], where.within) : where.position;
      findings.push({ file, line: position.line, column: position.column, severity, rule: rule.id, message, hint });
    };
    rule.check(model, report, context);
  }
  return findings;
}
