import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/**
 * A draft measure is work in progress (`npm run init` writes one per Annex II category): it may leave facts
 * unknown and appears in no output. The warning keeps every draft visible until someone finishes or deletes it,
 * and `validate --strict` (the content check) fails on it unless drafts are accepted.
 */
export const measureDraft: Rule = {
  id: 'measure-draft',
  severity: 'warning',
  description:
    'a draft measure is listed with what it still lacks; drafts appear in no output until their status is implemented or planned',
  check(model, report) {
    for (const entry of model.measures) {
      const { status, id, owner, reviewed } = entry.data;
      if (status !== 'draft') continue;
      const missing = [...(isUnknown(owner) ? ['owner'] : []), ...(isUnknown(reviewed) ? ['reviewed'] : [])];
      report(
        { entry, path: ['status'] },
        `${id} is a draft: it is on no page, in no annex and in no export until its status is implemented or planned`,
        `${missing.length ? `fill in ${missing.join(' and ')}, ` : ''}write the description in specific terms (what, which systems, how often), then set status: implemented (or planned)`,
      );
    }
  },
};
