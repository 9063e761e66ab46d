import type { Validity } from '../schema/public.ts';
import { daysBetween } from './build-date.ts';

/** How many days before expiry an item counts as "expiring". */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * The state of a dated item on the build date. Shared by the validator and every output, so an expired
 * certificate can never be shown as valid in one place and flagged in another.
 */
export function validity(buildDate: string, validUntil: string | undefined, validFrom?: string): Validity {
  if (validFrom !== undefined && validFrom > buildDate) return 'not-yet-valid';
  if (validUntil === undefined) return 'valid';
  const left = daysBetween(buildDate, validUntil);
  if (left < 0) return 'expired';
  if (left <= EXPIRY_WARNING_DAYS) return 'expiring';
  return 'valid';
}
