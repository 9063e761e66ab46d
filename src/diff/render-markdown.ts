import type { Finding } from '../content/finding.ts';
import { code, escapeMarkdown, paragraphsOf, quote, wordDiffMarkdown } from './markdown-text.ts';
import { hasChanges } from '../documents/word-diff.ts';
import { noticeText } from './notice-text.ts';
import type { DocumentChange, SubprocessorChange } from '../documents/changes.ts';
import type { AnswerChange, ChangeSet, EvidenceChange, MeasureChange, Side } from './types.ts';

/**
 * The change set as a Markdown report for a pull-request comment or a GitHub job summary: written for legal
 * reviewers, so it leads with which contract documents change and what customers must be told, then shows each
 * measure's wording change word by word.
 */
export function renderMarkdown(changes: ChangeSet): string {
  const out: string[] = [];
  out.push(`## Content changes: ${sideLabel(changes.base)} → ${sideLabel(changes.head)}`, '');
  const notes = [changes.base.note && `Base: ${changes.base.note}.`, `Both sides read on the build date ${changes.buildDate}.`].filter(
    Boolean,
  );
  out.push(notes.join(' '), '');
  for (const problem of changes.problems) out.push(`> **Warning:** ${escapeMarkdown(problem)}`, '');
  out.push(...headline(changes), '');
  out.push(...documentsSection(changes));
  out.push(...measureSections(changes));
  out.push(...subprocessorSection(changes.subprocessors, changes.noticePeriod));
  out.push(...evidenceSection(changes.evidence));
  out.push(...answersSection(changes.answers));
  out.push(...findingsSection(changes));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function sideLabel(side: Side): string {
  return side.commit ? `${code(side.ref)} (${side.commit.slice(0, 7)})` : side.ref === 'working tree' ? 'working tree' : code(side.ref);
}

function headline(changes: ChangeSet): string[] {
  const changed = changes.documents.filter((doc) => doc.contentChanged);
  const lines: string[] = [];
  if (!changes.documentsCompared) lines.push('**Documents could not be compared** (see the warning above).');
  else if (changed.length === 0) lines.push('**No contract document changes.**');
  else lines.push(`**Documents that change: ${changed.map((doc) => `${doc.label} (${doc.status.head ?? doc.status.base})`).join(', ')}.**`);
  const notice = changes.subprocessors.filter((sub) => sub.notice === 'required');
  if (notice.length) {
    const what = notice
      .map((sub) => `${escapeMarkdown(sub.name)} ${sub.change}${sub.effective ? ` from ${sub.effective}` : ''}`)
      .join(', ');
    const given = notice.map((sub) => sub.noticeGiven).find(Boolean);
    lines.push(
      given
        ? `**Customer notice (SCC Clause 9(a)):** ${what}; ${escapeMarkdown(noticeText(notice[0]!, changes.noticePeriod))}.`
        : `**Customer notice required (SCC Clause 9(a)):** ${what}; no notice date is recorded yet.`,
    );
  }
  const review = changes.answers.filter((answer) => answer.change !== 'removed');
  if (review.length) lines.push(`**Questionnaire answers to review:** ${review.length} (see below).`);
  if (changes.versionFindings.length) {
    lines.push(
      `**Before merging:** ${changes.versionFindings.length} version or notice ${plural(changes.versionFindings.length, 'problem')} (see below).`,
    );
  }
  return lines.flatMap((line) => [line, '']);
}

function documentsSection(changes: ChangeSet): string[] {
  if (changes.documents.length === 0) return [];
  const out = ['### Documents', '', '| Document | Status | Version | Effective | Content | Changelog |', '|---|---|---|---|---|---|'];
  for (const doc of changes.documents) {
    out.push(
      `| ${doc.label}: ${escapeMarkdown(doc.title)} (${code(doc.id)}) | ${pairText(doc.status.base, doc.status.head)} | ${pairText(doc.version.base, doc.version.head)} | ${pairText(doc.effective.base, doc.effective.head)} | ${contentCell(doc)} | ${changelogCell(doc)} |`,
    );
  }
  out.push('');
  for (const doc of changes.documents) {
    if (doc.parts?.length) out.push(`- ${doc.label}: also changed: ${doc.parts.map(escapeMarkdown).join(', ')}.`);
  }
  const problems = changes.versionFindings;
  if (problems.length) {
    out.push('', '#### Version and notice problems (`npm run validate -- --base`)', '');
    for (const finding of problems) out.push(`- ${findingLine(finding)}`, `  - Fix: ${escapeMarkdown(finding.hint)}`);
  }
  out.push('');
  return out;
}

function contentCell(doc: DocumentChange): string {
  if (doc.change === 'added') return '**new document**';
  if (doc.change === 'removed') return '**document removed**';
  return doc.contentChanged ? '**changed**' : 'unchanged';
}

function changelogCell(doc: DocumentChange): string {
  if (!doc.contentChanged || doc.change !== 'changed') return doc.newChangelogEntry ? `new entry ${doc.newChangelogEntry.version}` : '';
  const entry = doc.newChangelogEntry;
  const bump = doc.versionBumped ? 'version bumped' : doc.releasedAtBase ? '**version not bumped**' : 'draft: no bump needed';
  const log = entry
    ? `entry ${entry.version}${entry.notice ? `, notice ${entry.notice}` : ''}`
    : doc.releasedAtBase
      ? '**no new entry**'
      : '';
  return [bump, log].filter(Boolean).join('; ');
}

function pairText(base: string | undefined, head: string | undefined): string {
  if (base === head) return base ?? '';
  return `${base ?? '(none)'} → ${head ?? '(none)'}`;
}

function measureSections(changes: ChangeSet): string[] {
  const out: string[] = [];
  const annexes = changes.documents.filter((doc) => doc.kind === 'annex-ii');
  for (const doc of annexes) {
    const inDoc = changes.measures.filter((measure) => measure.documents.some((effect) => effect.id === doc.id));
    if (inDoc.length === 0) continue;
    out.push(`### ${doc.label}: measures (${code(doc.id)})`, '');
    out.push(...measureGroups(inDoc, doc.id));
  }
  const elsewhere = changes.measures.filter((measure) => measure.documents.length === 0);
  if (elsewhere.length) {
    out.push('### Other measure changes (site only: planned measures, review dates, file moves)', '');
    out.push(...measureGroups(elsewhere));
  }
  return out;
}

function measureGroups(measures: MeasureChange[], docId?: string): string[] {
  const out: string[] = [];
  const effect = (measure: MeasureChange) =>
    docId ? (measure.documents.find((item) => item.id === docId)?.change ?? measure.change) : measure.change;
  for (const [kind, heading] of [
    ['added', 'Added'],
    ['removed', 'Removed'],
    ['changed', 'Changed'],
  ] as const) {
    const group = measures.filter((measure) => effect(measure) === kind);
    if (group.length === 0) continue;
    out.push(`#### ${heading} (${group.length})`, '');
    for (const measure of group) out.push(...measureItem(measure, kind), '');
  }
  return out;
}

function measureItem(measure: MeasureChange, effect: string): string[] {
  const file = measure.file.head ?? measure.file.base;
  const reason = measure.reason && measure.reason !== 'new' ? ` (${measure.reason})` : '';
  const out = [`- **${measure.id}** ${escapeMarkdown(measure.title)}${reason}${file ? ` · ${code(file)}` : ''}`];
  const sub = (line: string) => out.push(`  - ${line}`);
  if (measure.status)
    sub(
      `Status: ${pairText(measure.status.base, measure.status.head)}${effect !== 'changed' ? ` (so it is ${effect === 'added' ? 'added to' : 'taken out of'} the annex)` : ''}`,
    );
  if (measure.titleChange)
    sub(`Title: ~~${escapeMarkdown(measure.titleChange.base ?? '')}~~ **${escapeMarkdown(measure.titleChange.head ?? '')}**`);
  if (measure.type) sub(`Type: ${pairText(measure.type.base, measure.type.head)}`);
  if (measure.category && measure.change === 'changed')
    sub(`Category moved: ${code(measure.category.base ?? '(none)')} → ${code(measure.category.head ?? '(none)')}`);
  if (measure.change !== 'changed' && (measure.category?.head ?? measure.category?.base))
    sub(`Category: ${code((measure.category.head ?? measure.category.base)!)}`);
  if (measure.moved) sub(`File moved: ${code(measure.file.base!)} → ${code(measure.file.head!)} (same id, same measure)`);
  for (const control of measure.controls) {
    const parts = [...control.added.map((id) => `+ ${id}`), ...control.removed.map((id) => `− ${id}`)];
    sub(`Controls (${code(control.framework)}): ${escapeMarkdown(parts.join(', '))}`);
  }
  if (measure.evidence.added.length || measure.evidence.removed.length) {
    const parts = [...measure.evidence.added.map((id) => `+ ${id}`), ...measure.evidence.removed.map((id) => `− ${id}`)];
    sub(`Evidence: ${escapeMarkdown(parts.join(', '))}`);
  }
  if (measure.reviewed) sub(`Reviewed: ${pairText(measure.reviewed.base, measure.reviewed.head)}`);
  for (const t of measure.translations ?? []) {
    const where = code((t.file.head ?? t.file.base)!);
    const staleNote = t.stale
      ? ` **Stale:** it translates an earlier version of ${code((measure.file.head ?? measure.file.base)!)}; update it, then record the new version (\`translates:\`).`
      : '';
    if (t.change === 'added') sub(`Text in ${t.language} added: ${where}.${staleNote}`);
    else if (t.change === 'removed') sub(`Text in ${t.language} removed: ${where}.`);
    else if (t.change === 'changed') {
      sub(`Text in ${t.language} reworded: ${where}${t.status ? ` (status ${pairText(t.status.base, t.status.head)})` : ''}.${staleNote}`);
      if (t.titleChange)
        out.push(`    - Title: ~~${escapeMarkdown(t.titleChange.base ?? '')}~~ **${escapeMarkdown(t.titleChange.head ?? '')}**`);
      if (t.parts && hasChanges(t.parts)) out.push(...quote(wordDiffMarkdown(t.parts), '    '));
    } else if (t.status) sub(`Text in ${t.language} (${where}): status ${pairText(t.status.base, t.status.head)}.${staleNote}`);
    else if (t.stale) sub(`Text in ${t.language} not updated: ${where}.${staleNote}`);
  }
  if (measure.text?.parts) {
    sub('Wording (~~deleted~~ **inserted**):');
    out.push(...quote(wordDiffMarkdown(measure.text.parts), '    '));
  } else if (measure.text && measure.change === 'changed') {
    sub('Wording: whitespace only');
  } else if (measure.change === 'added' && measure.text?.head) {
    sub('Wording:');
    out.push(...quote(paragraphsOf(measure.text.head), '    '));
  } else if (measure.change === 'removed' && measure.text?.base) {
    sub('Wording that is removed:');
    out.push(
      ...quote(
        paragraphsOf(measure.text.base).map((paragraph) => `~~${paragraph}~~`),
        '    ',
      ),
    );
  }
  return out;
}

function subprocessorSection(subs: SubprocessorChange[], period: ChangeSet['noticePeriod']): string[] {
  if (subs.length === 0) return [];
  const out = ['### Sub-processors (Annex III)', ''];
  for (const sub of subs) {
    const flag =
      sub.notice === 'required'
        ? '**Customer notice required (Clause 9(a))** · '
        : sub.notice === 'recommended'
          ? '**Customer notice recommended** · '
          : '';
    const file = sub.file.head ?? sub.file.base;
    out.push(
      `- ${flag}**${escapeMarkdown(sub.name)}** ${sub.change}${sub.effective ? `, effective ${sub.effective}` : ''}${file ? ` · ${code(file)}` : ''}`,
    );
    out.push(`  - ${escapeMarkdown(sub.noticeReason)}`);
    if (sub.notice !== 'none') out.push(`  - Notice: ${escapeMarkdown(noticeText(sub, period))}`);
    for (const field of sub.fields) out.push(`  - ${field.field}: ${escapeMarkdown(`${show(field.base)} → ${show(field.head)}`)}`);
    for (const event of sub.events) {
      out.push(
        `  - History ${event.date} ${event.change}: ${escapeMarkdown(event.description)}${event.notified ? ` (notified ${event.notified})` : ''}`,
      );
    }
  }
  out.push('');
  return out;
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  if (value && typeof value === 'object' && 'unknown' in value) return `unknown (${String((value as { unknown: unknown }).unknown)})`;
  return JSON.stringify(value);
}

function evidenceSection(items: EvidenceChange[]): string[] {
  if (items.length === 0) return [];
  const out = ['### Evidence', ''];
  for (const item of items) {
    const visibility = pairText(item.visibility.base, item.visibility.head);
    const fields = item.fields.map((field) =>
      field.base !== undefined || field.head !== undefined ? `${field.field}: ${show(field.base)} → ${show(field.head)}` : field.field,
    );
    out.push(
      `- ${code(item.id)} ${item.change}${item.title !== item.id ? `: ${escapeMarkdown(item.title)}` : ''} (${visibility})${fields.length ? `; ${escapeMarkdown(fields.join('; '))}` : ''}`,
    );
  }
  out.push('');
  return out;
}

function answersSection(answers: AnswerChange[]): string[] {
  if (answers.length === 0) return [];
  const out = [
    '### Questionnaire answers to review',
    '',
    'Re-read each answer against its measures before it goes to customers; `npm run validate` prints the text hash to record.',
    '',
  ];
  for (const answer of answers) {
    const why = [
      answer.change === 'added' || answer.change === 'removed' ? answer.change : '',
      answer.fields.length ? `edited: ${answer.fields.join(', ')}` : '',
      ...answer.measures.map((measure) => `${code(measure.id)} ${measure.change}`),
    ].filter(Boolean);
    out.push(`- ${code(answer.id)} (${answer.visibility}) ${escapeMarkdown(answer.question)}: ${why.join('; ')}`);
  }
  out.push('');
  return out;
}

function findingsSection(changes: ChangeSet): string[] {
  const { findings } = changes;
  if (!findings.compared) return [];
  const out = ['### Validation findings', ''];
  const counts = (side?: { errors: number; warnings: number }) =>
    side ? `${side.errors} ${plural(side.errors, 'error')}, ${side.warnings} ${plural(side.warnings, 'warning')}` : '';
  out.push(`Base: ${counts(findings.counts.base)}. Head: ${counts(findings.counts.head)}.`, '');
  if (findings.introduced.length === 0 && findings.fixed.length === 0) out.push('No findings introduced or fixed.', '');
  if (findings.introduced.length) {
    out.push(`#### Introduced (${findings.introduced.length})`, '');
    for (const finding of findings.introduced) out.push(`- ${findingLine(finding)}`);
    out.push('');
  }
  if (findings.fixed.length) {
    out.push(`#### Fixed (${findings.fixed.length})`, '');
    for (const finding of findings.fixed) out.push(`- ${findingLine(finding)}`);
    out.push('');
  }
  return out;
}

function findingLine(finding: Finding): string {
  return `${code(`${finding.file}:${finding.line}:${finding.column}`)} ${finding.severity} ${code(finding.rule)}: ${escapeMarkdown(finding.message)}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
