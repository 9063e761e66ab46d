import { daysBetween } from '../../content/build-date.ts';
import { nextMinor } from '../../documents/semver.ts';
import type { Rule } from '../rule.ts';
import { changelogPath, newEntries } from './comparison.ts';

/**
 * Clause 9(a) of the SCCs (general written authorisation): customers are told in advance of any addition or
 * replacement of a sub-processor, at least the agreed period before it starts (organisation.yaml
 * `subprocessorNoticePeriod`), so that they can object. The notice is recorded as a new Annex III changelog entry
 * with its date; the annex version that carries it lists the sub-processor "from" its start date.
 */
export const subprocessorNotice: Rule = {
  id: 'subprocessor-notice',
  severity: 'error',
  needs: 'base',
  description:
    '(with --base) a sub-processor added (or replaced) since the base is announced in a new changelog entry of Annex III, with a notice date at least the notice period before it starts',
  check(model, report, { base }) {
    const needing = base!.subprocessors.filter((sub) => sub.notice === 'required');
    if (needing.length === 0) return;
    const period = typeof base!.noticePeriod === 'string' ? base!.noticePeriod : undefined;
    for (const doc of base!.documents) {
      // Draft or released alike: the sub-processor list and its feed are public either way, and Clause 9(a) notice
      // is owed for the list, not for the PDF.
      if (doc.kind !== 'annex-iii' || doc.version.base === undefined || doc.change === 'removed') continue;
      const entry = model.index.documents.get(doc.id);
      if (!entry) continue;
      const fresh = newEntries(doc, entry);
      for (const sub of needing) {
        const what =
          sub.change === 'added' ? `${sub.name} is added as a sub-processor` : `${sub.name} is replaced by a different contracting entity`;
        const starts = sub.effective ? ` on ${sub.effective}` : '';
        const given = sub.noticeGiven;
        const file = sub.file.head ?? 'its file';
        if (!given) {
          report(
            { entry, path: changelogPath(entry) },
            `${what} (${sub.file.head ?? sub.id}), but ${doc.id} has no new changelog entry with a notice date: Clause 9(a) of the SCCs requires notice to customers before it starts${starts}`,
            `set ${doc.id} version: ${fresh[0]?.version ?? nextMinor(doc.version.base)}${doc.status.head === 'released' ? ' and effective: <the notice date>,' : ''} with a changelog entry naming ${sub.name} and notice: <YYYY-MM-DD>, the date customers are told${sub.effective ? ` (${period ? `at least ${period} before` : 'before'} ${sub.effective})` : ''}`,
          );
          continue;
        }
        if (!sub.effective || given.timely !== false) continue;
        const index = entry.data.changelog.findIndex((item) => item.version === given.version);
        const at = { entry, path: index >= 0 ? ['changelog', index, 'notice'] : changelogPath(entry) };
        if (given.date > sub.effective) {
          report(
            at,
            `${doc.id} gives notice on ${given.date}, after ${sub.name} starts on ${sub.effective}: Clause 9(a) of the SCCs requires notice in advance`,
            `notify customers before ${sub.name} starts: move the "added" date in ${file} to after the notice period, or correct the notice date`,
          );
        } else {
          report(
            at,
            `${sub.name} starts on ${sub.effective}, ${daysBetween(given.date, sub.effective)} days after the notice on ${given.date}, inside the ${given.days}-day objection window (subprocessorNoticePeriod ${given.period}) that ends on ${given.objectionEnds}`,
            `move the "added" date in ${file} to ${given.objectionEnds} or later, or give notice at least ${given.period} before ${sub.effective}`,
          );
        }
      }
    }
  },
};
