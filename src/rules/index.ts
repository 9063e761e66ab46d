import type { Model } from '../content/model.ts';
import { answerStale } from './answer-stale.ts';
import { answerVisibility } from './answer-visibility.ts';
import { bodyLimits } from './body-limits.ts';
import { bodySyntax } from './body-syntax.ts';
import { certificationExpiry } from './certification-expiry.ts';
import { changelogVersions } from './changelog-versions.ts';
import { categoryCoverage } from './completeness.ts';
import { componentUsage } from './component-usage.ts';
import { documentFacts } from './document-facts.ts';
import { duplicateId } from './duplicate-id.ts';
import { emptyBody } from './empty-body.ts';
import { evidenceExpiry } from './evidence-expiry.ts';
import { evidenceVisibility } from './evidence-visibility.ts';
import { hiddenUnknown } from './hidden-unknown.ts';
import { sortFindings, type Finding } from '../content/finding.ts';
import { futureDate } from './future-date.ts';
import { measureCategory } from './measure-category.ts';
import { measureControls } from './measure-controls.ts';
import { measureDraft } from './measure-draft.ts';
import { measureEvidence } from './measure-evidence.ts';
import { reviewOverdue } from './review-overdue.ts';
import { runRuleList, type Rule, type RuleContext } from './rule.ts';
import { publicVoice } from './public-voice.ts';
import { specificity } from './specificity.ts';
import { subprocessorTransfer } from './subprocessor-transfer.ts';
import { translationMissing } from './translation-missing.ts';
import { translationOrphan } from './translation-orphan.ts';
import { translationStale } from './translation-stale.ts';
import { translationUnreviewed } from './translation-unreviewed.ts';
import { unsupportedLanguage } from './unsupported-language.ts';
import { unknownEvidence } from './unknown-evidence.ts';
import { unknownDocument } from './unknown-document.ts';
import { unknownFramework } from './unknown-framework.ts';
import { unknownMeasure } from './unknown-measure.ts';
import { unknownRequirement } from './unknown-requirement.ts';
import { unknownSubprocessor } from './unknown-subprocessor.ts';
import { unsafeCode } from './unsafe-code.ts';
import { unsafeHtml } from './unsafe-html.ts';
import { unsafeUrl } from './unsafe-url.ts';
import { unsupportedMarkdown } from './unsupported-markdown.ts';
import { changelogHistory } from './version/changelog-history.ts';
import { documentChangelog } from './version/document-changelog.ts';
import { documentEffectiveDate } from './version/document-effective-date.ts';
import { documentVersionBump } from './version/document-version-bump.ts';
import { releaseLock } from './version/release-lock.ts';
import { removedMeasureChangelog } from './version/removed-measure-changelog.ts';
import { subprocessorNotice } from './version/subprocessor-notice.ts';

/** Every rule, in the order their findings are easiest to act on: integrity, safety, completeness, freshness, style. */
export const rules: readonly Rule[] = [
  duplicateId,
  unknownFramework,
  unknownRequirement,
  unknownEvidence,
  unknownSubprocessor,
  unknownMeasure,
  unknownDocument,
  bodyLimits,
  bodySyntax,
  unsafeCode,
  unsafeHtml,
  unsafeUrl,
  unsupportedMarkdown,
  componentUsage,
  emptyBody,
  measureCategory,
  measureDraft,
  categoryCoverage,
  measureEvidence,
  measureControls,
  documentFacts,
  unsupportedLanguage,
  translationOrphan,
  translationMissing,
  translationUnreviewed,
  translationStale,
  changelogVersions,
  subprocessorTransfer,
  futureDate,
  reviewOverdue,
  evidenceExpiry,
  certificationExpiry,
  evidenceVisibility,
  hiddenUnknown,
  publicVoice,
  answerVisibility,
  answerStale,
  specificity,
  // Version discipline: these compare with a base ref and run only with `validate --base`.
  documentVersionBump,
  documentChangelog,
  documentEffectiveDate,
  changelogHistory,
  subprocessorNotice,
  removedMeasureChangelog,
  releaseLock,
];

/** The rules that compare with a base ref (`validate --base`, and the diff report's "before merging" list). */
export const versionRules: readonly Rule[] = rules.filter((rule) => rule.needs === 'base');

/**
 * Rule ids the loader reports before any rule runs: file and schema problems. Listed so that documentation and
 * `validate --rules` show every id a user can meet.
 */
export const loaderRules = [
  { id: 'yaml-syntax', severity: 'error', description: 'YAML files and frontmatter parse (indentation, colons, quotes, duplicate keys)' },
  {
    id: 'schema',
    severity: 'error',
    description: 'every field matches its schema in src/schema/: required fields, types, dates, ids, no unknown fields',
  },
  { id: 'frontmatter', severity: 'error', description: 'a measure file opens with a --- frontmatter block that is closed' },
  { id: 'missing-file', severity: 'error', description: 'content/organisation.yaml and content/processing.yaml exist' },
  { id: 'stray-file', severity: 'warning', description: 'every file under content/ is in a folder of its kind with the right extension' },
  { id: 'file-type', severity: 'error', description: 'content/ holds regular files and folders only: no symbolic links, pipes or devices' },
  { id: 'text-encoding', severity: 'error', description: 'every content file is UTF-8 (the first byte that is not is pointed at)' },
  {
    id: 'unsafe-character',
    severity: 'error',
    description: 'no NUL, control (except tab and newline) or bidirectional override/isolate characters in any content file',
  },
] as const;

/** Runs every rule that can run in `context` over the model. Loader findings are separate (see loadProject). */
export function runRules(model: Model, context: RuleContext = {}): Finding[] {
  return sortFindings(runRuleList(rules, model, context));
}
