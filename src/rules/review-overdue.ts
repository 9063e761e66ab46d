import { addDuration, daysBetween } from '../content/build-date.ts';
import type { Rule } from './rule.ts';

/** A measure whose review is overdue on the build date is stale evidence of care. Future dates: see future-date. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'error',
  description: 'each measure was reviewed within its reviewEvery period before the build date',
  check(model, report) {
    const today = model.buildDate.day;
    for (const entry of model.measures) {
      const { reviewed, reviewEvery, status, id } = entry.data;
      if (status === 'retired') continue;
      const due = addDuration(reviewed, reviewEvery);
      if (due < today) {
        report(
          { entry, path: ['reviewed'] },
          `review of ${id} was due on ${due} (reviewed ${reviewed}, every ${reviewEvery}): ${daysBetween(due, today)} days overdue`,
          'review the measure and its evidence, then set reviewed: to the review date',
        );
      }
    }
  },
};
