import type { Entry } from '../content/entry.ts';
import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/**
 * The public trust center states what is known and leaves an unknown fact out, never printing a placeholder (the
 * draft annexes list the gaps). So that nothing goes missing silently, this rule tells the author each fact the
 * site and its exports leave out. Certification dates are reported by certification-expiry, which says the same.
 */
export const hiddenUnknown: Rule = {
  id: 'hidden-unknown',
  severity: 'warning',
  description: 'facts the public site leaves out because they are unknown (certification issuer, sub-processor details)',
  check(model, report) {
    const hidden = (entry: Entry<unknown>, field: string, what: string, shownAs: string, verb = 'is') =>
      report(
        { entry, path: [field] },
        `${what} ${verb} unknown, so the trust center ${shownAs}`,
        `supply ${field} when it is known; until then drafts of the annexes list it as a gap`,
      );
    for (const entry of model.certifications) {
      const c = entry.data;
      if (isUnknown(c.issuer))
        hidden(entry, 'issuer', `the issuer of ${c.id} (${c.standard})`, 'lists the certification without an issuer');
    }
    for (const entry of model.subprocessors) {
      const s = entry.data;
      const fields = [
        ['legalName', 'legal name', 'shows only its trading name', 'is'],
        ['dataCategories', 'data categories', 'leaves the data categories out', 'are'],
        ['locations', 'processing locations', 'leaves the locations out', 'are'],
        ['transferMechanisms', 'transfer mechanisms', 'leaves the transfer mechanism out', 'are'],
      ] as const;
      for (const [field, label, shownAs, verb] of fields) {
        if (isUnknown(s[field])) hidden(entry, field, `the ${label} of sub-processor ${s.id} (${s.name})`, shownAs, verb);
      }
    }
  },
};
