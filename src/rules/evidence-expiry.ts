import { daysBetween } from '../content/build-date.ts';
import { EXPIRY_WARNING_DAYS, validity } from '../content/freshness.ts';
import type { Rule } from './rule.ts';

/** Expired evidence no longer shows anything; evidence about to expire needs renewing before it does. */
export const evidenceExpiry: Rule = {
  id: 'evidence-expiry',
  severity: 'error',
  description: `evidence is not expired on the build date (error) nor expiring within ${EXPIRY_WARNING_DAYS} days (warning)`,
  check(model, report) {
    const today = model.buildDate.day;
    for (const entry of model.evidence) {
      const { validUntil, id } = entry.data;
      const state = validity(today, validUntil);
      if (state === 'expired') {
        report(
          { entry, path: ['validUntil'] },
          `evidence ${id} expired on ${validUntil}`,
          'renew it and set validUntil: to the new date, or replace it with current evidence',
        );
      } else if (state === 'expiring' && validUntil) {
        report(
          { entry, path: ['validUntil'] },
          `evidence ${id} expires on ${validUntil}, in ${daysBetween(today, validUntil)} days`,
          'start renewing it now',
          'warning',
        );
      }
    }
  },
};
