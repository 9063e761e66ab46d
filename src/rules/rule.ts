import type { Entry } from '../content/entry.ts';
import type { Model } from '../content/model.ts';
import type { Position } from '../content/position.ts';
import type { Finding } from './finding.ts';

/**
 * A check over the loaded model. Each rule lives in its own file, has a stable id that users can search for and
 * CI can annotate with, and reports through `report`, which ties every finding to a file, line and column.
 */
export interface Rule {
  /** Stable id, such as "unknown-evidence". */
  id: string;
  /** Severity of its findings unless a finding says otherwise. */
  severity: Finding['severity'];
  /** One line on what the rule protects, for `validate --rules` and the README. */
  description: string;
  check(model: Model, report: Reporter): void;
}

/** Reports a finding at an entry's field (or a raw position in a file). */
export type Reporter = (where: Where, message: string, hint: string, severity?: Finding['severity']) => void;

export type Where = { entry: Entry<unknown>; path?: readonly PropertyKey[] } | { file: string; position: Position };

/** Runs the rules and returns their findings. */
export function runRuleList(rules: readonly Rule[], model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const report: Reporter = (where, message, hint, severity = rule.severity) => {
      const file = 'entry' in where ? where.entry.file : where.file;
      const position = 'entry' in where ? where.entry.at(where.path ?? []) : where.position;
      findings.push({ file, line: position.line, column: position.column, severity, rule: rule.id, message, hint });
    };
    rule.check(model, report);
  }
  return findings;
}
