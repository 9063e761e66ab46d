import { daysBetween } from '../content/build-date.ts';
import { EXPIRY_WARNING_DAYS, validity } from '../content/freshness.ts';
import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/**
 * An expired certificate shown as valid is the classic trust-center embarrassment. Expired is an error, expiring
 * soon a warning, and unknown validity a warning: such a certification is listed with no validity claim, never as valid.
 */
export const certificationExpiry: Rule = {
  id: 'certification-expiry',
  severity: 'error',
  description: `certifications are valid on the build date (expired: error; expiring within ${EXPIRY_WARNING_DAYS} days or validity unknown: warning)`,
  check(model, report) {
    const today = model.buildDate.day;
    for (const entry of model.certifications) {
      const { validFrom, validUntil, id, standard } = entry.data;
      if (isUnknown(validFrom) || isUnknown(validUntil)) {
        report(
          { entry, path: [isUnknown(validUntil) ? 'validUntil' : 'validFrom'] },
          `certification ${id} (${standard}) has no known validity period, so the trust center lists it without a validity claim`,
          'copy validFrom and validUntil from the certificate or report itself',
          'warning',
        );
        continue;
      }
      const state = validity(today, validUntil, validFrom);
      if (state === 'expired') {
        report(
          { entry, path: ['validUntil'] },
          `certification ${id} (${standard}) expired on ${validUntil}`,
          'add the renewed certificate with its dates, or remove the certification',
        );
      } else if (state === 'expiring') {
        report(
          { entry, path: ['validUntil'] },
          `certification ${id} (${standard}) expires on ${validUntil}, in ${daysBetween(today, validUntil)} days`,
          'plan the renewal and update the dates when the new certificate arrives',
          'warning',
        );
      }
    }
  },
};
