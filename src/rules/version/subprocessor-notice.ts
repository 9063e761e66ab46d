import { nextMinor } from '../../documents/semver.ts';
import type { Rule } from '../rule.ts';
import { changelogPath, newEntries } from './comparison.ts';

/**
 * Clause 9(a) of the SCCs (general written authorisation): customers are told in advance of any addition or
 * replacement of a sub-processor. The notice is recorded as a new Annex III changelog entry with its date.
 */
export const subprocessorNotice: Rule = {
  id: 'subprocessor-notice',
  severity: 'error',
  needs: 'base',
  description:
    '(with --base) a sub-processor added (or replaced) since the base is announced in a new changelog entry of Annex III, with its notice date',
  check(model, report, { base }) {
    const needing = base!.subprocessors.filter((sub) => sub.notice === 'required');
    if (needing.length === 0) return;
    for (const doc of base!.documents) {
      // Draft or released alike: the sub-processor list and its feed are public either way, and Clause 9(a) notice
      // is owed for the list, not for the PDF.
      if (doc.kind !== 'annex-iii' || doc.version.base === undefined || doc.change === 'removed') continue;
      const entry = model.index.documents.get(doc.id);
      if (!entry) continue;
      const fresh = newEntries(doc, entry);
      const withNotice = fresh.filter((item) => item.notice !== undefined);
      for (const sub of needing) {
        const what =
          sub.change === 'added' ? `${sub.name} is added as a sub-processor` : `${sub.name} is replaced by a different contracting entity`;
        const starts = sub.effective ? ` on ${sub.effective}` : '';
        if (withNotice.length === 0) {
          report(
            { entry, path: changelogPath(entry) },
            `${what} (${sub.file.head ?? sub.id}), but ${doc.id} has no new changelog entry with a notice date: Clause 9(a) of the SCCs requires notice to customers before it starts${starts}`,
            `set ${doc.id} version: ${fresh[0]?.version ?? nextMinor(doc.version.base)} with a changelog entry naming ${sub.name} and notice: <YYYY-MM-DD>, the date customers are told${sub.effective ? ` (before ${sub.effective})` : ''}`,
          );
          continue;
        }
        const earliest = withNotice.map((item) => item.notice!).sort()[0]!;
        if (sub.effective && earliest > sub.effective) {
          const index = entry.data.changelog.findIndex((item) => item.notice === earliest);
          report(
            { entry, path: ['changelog', index, 'notice'] },
            `${doc.id} gives notice on ${earliest}, after ${sub.name} starts on ${sub.effective}: Clause 9(a) of the SCCs requires notice in advance`,
            `notify customers before ${sub.name} starts: move the "added" date in ${sub.file.head ?? 'its file'} to after the notice period, or correct the notice date`,
          );
        }
      }
    }
  },
};
