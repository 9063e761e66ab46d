import type { Finding } from '../content/finding.ts';
import type { Project } from '../content/project.ts';
import { buildSide } from '../documents/side.ts';
import { runRuleList } from '../rules/rule.ts';
import { versionRules } from '../rules/index.ts';
import { validateProject } from '../rules/validate.ts';
import { compareWithBase } from '../rules/version/comparison.ts';
import { diffAnswers } from './answers.ts';
import { diffEvidence } from './evidence.ts';
import { diffFindings } from './findings.ts';
import { diffMeasures } from './measures.ts';
import { shareParses } from './share-parses.ts';
import type { ChangeSet, FindingChanges, Side } from './types.ts';

export interface DiffOptions {
  /** How to name the two sides in the report. */
  sides?: { base?: Side; head?: Side };
}

/**
 * The change set between two loaded projects. It reads the two models and the public views and documents built
 * from them, and touches neither git nor the disk: loading is the caller's (`compareRefs`). Document and
 * sub-processor changes come from the same comparison the version rules read, and the findings from the same
 * validation `npm run validate` runs, so the report and the validator cannot disagree.
 * Load both projects with the same build date, or freshness alone makes documents differ.
 */
export function diffModels(base: Project, head: Project, options: DiffOptions = {}): ChangeSet {
  shareParses(base, head);
  const b = buildSide(base);
  const h = buildSide(head);
  const problems: string[] = [];
  if (b.error) problems.push(`The content at the base could not be built, so documents and measure texts are not compared: ${b.error}`);
  if (h.error) problems.push(`The content at the head could not be built, so documents and measure texts are not compared: ${h.error}`);
  if (base.buildDate.day !== head.buildDate.day) {
    problems.push(
      `The two sides were loaded on different build dates (${base.buildDate.day} and ${head.buildDate.day}): date-dependent content may differ for that reason alone.`,
    );
  }
  const sides = { base: options.sides?.base ?? { ref: 'base' }, head: options.sides?.head ?? { ref: 'head' } };
  const comparison = compareWithBase(base, head, sides.base.ref);
  const comparable = !b.error && !h.error;
  const changes: ChangeSet = {
    ...sides,
    buildDate: head.buildDate.day,
    documentsCompared: comparable,
    documents: comparison.documents,
    measures: comparable ? diffMeasures(b, h, comparison.documents) : [],
    subprocessors: comparison.subprocessors,
    ...(comparison.noticePeriod !== undefined ? { noticePeriod: comparison.noticePeriod } : {}),
    evidence: diffEvidence(base.model, head.model),
    answers: diffAnswers(base.model, head.model),
    findings: compareFindings(base, head),
    versionFindings: runRuleList(versionRules, head.model, { base: comparison }),
    problems,
  };
  return changes;
}

function compareFindings(base: Project, head: Project): FindingChanges {
  const findings: { base: Finding[]; head: Finding[] } = { base: validateProject(base), head: validateProject(head) };
  return diffFindings(findings.base, findings.head);
}

/**
 * Whether any document's content differs (a sub-processor added from next month is listed "from" its date at
 * once), or could not be compared: the diff command's exit status 1.
 */
export function documentsChange(changes: ChangeSet): boolean {
  return !changes.documentsCompared || changes.documents.some((doc) => doc.contentChanged);
}
