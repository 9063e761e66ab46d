import { isUnknown } from '../schema/index.ts';
import type { Entry } from '../content/entry.ts';
import type { Reporter, Rule } from './rule.ts';

/**
 * Dates that record something done (a review, the issue of evidence, the start of a certificate's validity) cannot
 * lie after the build date. A future review date would also switch the overdue check off until then, and would be
 * published as fact; so it is an error, not a typo to warn about.
 */
export const futureDate: Rule = {
  id: 'future-date',
  severity: 'error',
  description: 'review (of measures and answers), evidence and certification dates are not after the build date',
  check(model, report) {
    const today = model.buildDate.day;
    const check = (entry: Entry<unknown>, field: string, date: string | undefined, what: string, hint: string) => {
      if (date !== undefined && date > today) future(report, entry, field, `${what} ${date}, after the build date ${today}`, hint);
    };
    for (const entry of model.measures) {
      const { status, reviewed, id } = entry.data;
      // Drafts and retired measures are published nowhere; a draft's review date may be unknown.
      if (status === 'retired' || status === 'draft' || isUnknown(reviewed)) continue;
      check(entry, 'reviewed', reviewed, `measure ${id} says it was reviewed on`, 'write the date the review happened');
    }
    for (const entry of model.answers) {
      check(
        entry,
        'reviewed',
        entry.data.reviewed,
        `answer ${entry.data.id} says it was reviewed on`,
        'write the date the review happened',
      );
    }
    for (const entry of model.evidence) {
      check(entry, 'issued', entry.data.issued, `evidence ${entry.data.id} says it was issued on`, 'write the date on the evidence itself');
    }
    for (const entry of model.certifications) {
      const from = entry.data.validFrom;
      if (isUnknown(from)) continue;
      check(
        entry,
        'validFrom',
        from,
        `certification ${entry.data.id} (${entry.data.standard}) is valid only from`,
        'add the certification once its validity has begun; until then the current certificate stays',
      );
    }
  },
};

function future(report: Reporter, entry: Entry<unknown>, field: string, message: string, hint: string): void {
  report({ entry, path: [field] }, message, `${hint} (the build date is SOURCE_DATE_EPOCH or the last commit's date, in UTC)`);
}
