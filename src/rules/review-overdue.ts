import { addDuration, daysBetween } from '../content/build-date.ts';
import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/** A measure whose review is overdue on the build date is stale evidence of care. Future dates: see future-date. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'error',
  description: 'each measure and answer was reviewed within its reviewEvery period before the build date',
  check(model, report) {
    const today = model.buildDate.day;
    for (const entry of model.measures) {
      const { reviewed, reviewEvery, status, id } = entry.data;
      // A draft's review date may be unknown; the measure-draft rule reports what the draft still lacks. A review
      // after the build date is future-date's.
      if (status === 'retired' || status === 'draft' || isUnknown(reviewed) || reviewed > today) continue;
      const due = addDuration(reviewed, reviewEvery);
      if (due < today) {
        report(
          { entry, path: ['reviewed'] },
          `review of ${id} was due on ${due} (reviewed ${reviewed}, every ${reviewEvery}): ${daysBetween(due, today)} days overdue`,
          'review the measure and its evidence, then set reviewed: to the review date',
        );
      }
    }
    for (const entry of model.answers) {
      const { reviewed, reviewEvery, visibility, id } = entry.data;
      if (reviewed > today) continue; // future-date's
      const due = addDuration(reviewed, reviewEvery);
      if (due < today) {
        // An internal answer goes to nobody outside: overdue is worth a warning, not a stopped build.
        report(
          { entry, path: ['reviewed'] },
          `review of answer ${id} was due on ${due} (reviewed ${reviewed}, every ${reviewEvery}): ${daysBetween(due, today)} days overdue`,
          'check the answer against its measures, then set reviewed: to the review date',
          visibility === 'internal' ? 'warning' : 'error',
        );
      }
    }
  },
};
