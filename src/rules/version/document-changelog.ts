import type { Rule } from '../rule.ts';
import { changelogPath, changeSummary } from './comparison.ts';

/** A customer who signed the previous version must be able to read what the new one changes. */
export const documentChangelog: Rule = {
  id: 'document-changelog',
  severity: 'error',
  needs: 'base',
  description: '(with --base) a released document whose content changed since the base has a new changelog entry for its new version',
  check(model, report, { base }) {
    for (const doc of base!.documents) {
      if (!doc.releasedAtBase || doc.change !== 'changed' || !doc.versionBumped || doc.newChangelogEntry) continue;
      const entry = model.index.documents.get(doc.id);
      if (!entry) continue;
      report(
        { entry, path: changelogPath(entry) },
        `${doc.id} ${doc.version.head} has no changelog entry of its own: customers who signed ${doc.version.base} need to be told what changed (${changeSummary(doc)})`,
        `add a changelog entry at the top: version: ${doc.version.head}, date: <YYYY-MM-DD>, changes: [<one line per change>]`,
      );
    }
  },
};
