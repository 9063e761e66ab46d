import { departureReason } from '../../content/measure-presence.ts';
import type { Rule } from '../rule.ts';
import { changelogPath, newEntries } from './comparison.ts';

/** Removing a measure reduces what customers signed for: the new version's changelog must say so and why. */
export const removedMeasureChangelog: Rule = {
  id: 'removed-measure-changelog',
  severity: 'error',
  needs: 'base',
  description: '(with --base) a measure taken out of a released Annex II is named (by id or title) in a new changelog entry',
  check(model, report, { base }) {
    for (const doc of base!.documents) {
      if (doc.kind !== 'annex-ii' || !doc.releasedAtBase || doc.change === 'removed' || !doc.measures?.removed.length) continue;
      const entry = model.index.documents.get(doc.id);
      if (!entry) continue;
      const text = newEntries(doc, entry)
        .flatMap((item) => item.changes)
        .join('\n')
        .toLowerCase();
      for (const id of doc.measures.removed) {
        const title = base!.base.model.index.measures.get(id)?.data.title;
        // Still public but out of the annex (planned, say) or gone from the public set altogether.
        const now = model.index.measures.get(id)?.data;
        const why =
          now && now.visibility === 'public' && now.status !== 'retired' && now.status !== 'draft'
            ? `now ${now.status}`
            : departureReason(model, id);
        if (text.includes(id.toLowerCase()) || (title && text.includes(title.toLowerCase()))) continue;
        report(
          { entry, path: changelogPath(entry) },
          `${id}${title ? ` (${title})` : ''} was in the released ${doc.id} ${doc.version.base} and is taken out (${why}), but no new changelog entry names it`,
          `add a changelog entry for the new version whose changes say that ${id} is removed and why: removing a measure reduces what customers signed for`,
        );
      }
    }
  },
};
