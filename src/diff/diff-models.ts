import type { Project } from '../content/project.ts';
import type { Finding } from '../rules/finding.ts';
import { runRules } from '../rules/index.ts';
import { diffDocuments } from './documents.ts';
import { diffEvidence } from './evidence.ts';
import { diffFindings } from './findings.ts';
import { diffMeasures } from './measures.ts';
import { shareParses } from './share-parses.ts';
import { buildSide } from './side.ts';
import { diffSubprocessors } from './subprocessors.ts';
import { runVersionRules } from './version-checks.ts';
import type { ChangeSet, FindingChanges, Side } from './types.ts';

export interface DiffOptions {
  /** How to name the two sides in the report. */
  sides?: { base?: Side; head?: Side };
  /**
   * Findings of each side, when the caller has them. Default: the loader's findings plus every rule's, computed
   * here. `false` skips the comparison (the version rules do, they need no findings).
   */
  findings?: { base: Finding[]; head: Finding[] } | false;
}

/**
 * The change set between two loaded projects. It reads the two models and the public views and documents built
 * from them, and touches neither git nor the disk: loading is the caller's (`compareRefs`, `checkAgainstBase`).
 * Load both projects with the same build date, or freshness alone makes documents differ.
 */
export function diffModels(base: Project, head: Project, options: DiffOptions = {}): ChangeSet {
  shareParses(base, head);
  const b = buildSide(base);
  const h = buildSide(head);
  const problems: string[] = [];
  if (b.error) problems.push(`The content at the base could not be built, so documents and measure texts are not compared: ${b.error}`);
  if (h.error) problems.push(`The content at the head could not be built, so documents and measure texts are not compared: ${h.error}`);
  if (base.buildDate.iso !== head.buildDate.iso) {
    problems.push(
      `The two sides were loaded on different build dates (${base.buildDate.iso} and ${head.buildDate.iso}): date-dependent content may differ for that reason alone.`,
    );
  }
  const comparable = !b.error && !h.error;
  const documents = comparable ? diffDocuments(b, h) : [];
  const changes: ChangeSet = {
    base: options.sides?.base ?? { ref: 'base' },
    head: options.sides?.head ?? { ref: 'head' },
    buildDate: head.buildDate.iso,
    documentsCompared: comparable,
    documents,
    measures: comparable ? diffMeasures(b, h, documents) : [],
    subprocessors: diffSubprocessors(base.model, head.model),
    evidence: diffEvidence(base.model, head.model),
    findings: compareFindings(base, head, options.findings),
    versionFindings: [],
    problems,
  };
  scheduleSubprocessorChanges(changes);
  changes.versionFindings = runVersionRules(changes, head.model);
  return changes;
}

/** Notes on each Annex III the sub-processor changes that take effect after the build date. */
function scheduleSubprocessorChanges(changes: ChangeSet): void {
  const later = changes.subprocessors
    .filter((sub) => sub.effective !== undefined && sub.effective > changes.buildDate)
    .map((sub) => ({ id: sub.id, name: sub.name, change: sub.change, date: sub.effective! }));
  if (later.length === 0) return;
  for (const doc of changes.documents) if (doc.kind === 'annex-iii' && doc.change !== 'removed') doc.scheduled = later;
}

/** Everything `npm run validate` reports for a project, without the base comparison. */
export function projectFindings(project: Project): Finding[] {
  return [...project.loadFindings, ...runRules(project.model)];
}

function compareFindings(base: Project, head: Project, given: DiffOptions['findings']): FindingChanges {
  if (given === false) return { compared: false, introduced: [], fixed: [], counts: {} };
  const findings = given ?? { base: projectFindings(base), head: projectFindings(head) };
  return diffFindings(findings.base, findings.head);
}

/**
 * Whether any document's content differs, will differ on a scheduled date (a sub-processor added from next
 * month), or could not be compared: the diff command's exit status 1.
 */
export function documentsChange(changes: ChangeSet): boolean {
  return !changes.documentsCompared || changes.documents.some((doc) => doc.contentChanged || doc.scheduled?.length);
}
