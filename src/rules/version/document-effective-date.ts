import type { Rule } from '../rule.ts';

/**
 * A contract cites an annex by version and the date it applies from. A new version of a released annex therefore
 * takes effect on a new date, after the version it replaces; and a released version's date, which customers
 * signed, never moves.
 */
export const documentEffectiveDate: Rule = {
  id: 'document-effective-date',
  severity: 'error',
  needs: 'base',
  description:
    '(with --base) a new version of a released document has a new effective date, later than the released one; a released version keeps its date',
  check(model, report, { base }) {
    for (const doc of base!.documents) {
      if (!doc.releasedAtBase || doc.status.head !== 'released') continue;
      const entry = model.index.documents.get(doc.id);
      const before = doc.effective.base;
      const after = doc.effective.head;
      if (!entry || before === undefined || after === undefined) continue;
      const released = doc.version.base!;
      if (doc.version.head === released) {
        if (after !== before) {
          report(
            { entry, path: ['effective'] },
            `the effective date of the released ${doc.id} ${released} changed from ${before} (at ${base!.ref}) to ${after}: customers signed ${released} with ${before}`,
            `keep effective: ${before} for ${released}; to apply the document from another date, release a new version with that date`,
          );
        }
        continue;
      }
      if (after === before) {
        report(
          { entry, path: ['effective'] },
          `${doc.id} ${doc.version.head} still says effective ${after}, the date of the released ${released} at ${base!.ref}`,
          `set effective: to the day ${doc.version.head} applies from (after ${before}), and date its changelog entry that day or earlier`,
        );
      } else if (after < before) {
        report(
          { entry, path: ['effective'] },
          `${doc.id} ${doc.version.head} takes effect on ${after}, before ${before}, when the released ${released} took effect`,
          `set effective: to the day ${doc.version.head} applies from, after ${before}`,
        );
      }
    }
  },
};
