import { isUnknown } from '../schema/index.ts';
import type { SubprocessorChange } from '../documents/changes.ts';
import type { ChangeSet } from './types.ts';

/**
 * One line on the customer notice of a sub-processor change, as legal reviews it: when customers were told (from
 * Annex III's changelog), the objection window that opens, and whether the change starts after it ends.
 */
export function noticeText(sub: SubprocessorChange, period: ChangeSet['noticePeriod']): string {
  const given = sub.noticeGiven;
  if (!given) return 'not recorded yet: add a changelog entry to Annex III with notice: <the date customers are told>';
  const parts = [`given on ${given.date} (${given.label} ${given.version})`];
  if (given.objectionEnds) parts.push(`objection window ${given.days} days (${given.period}), until ${given.objectionEnds}`);
  else if (period !== undefined && isUnknown(period)) parts.push(`the notice period is not yet provided (${period.unknown})`);
  else parts.push('no notice period is set (subprocessorNoticePeriod in organisation.yaml)');
  if (sub.effective && given.timely !== undefined) {
    const verdict = given.timely
      ? given.objectionEnds
        ? 'respects the notice period'
        : 'after the notice'
      : sub.effective < given.date
        ? 'before the notice: too early'
        : `inside the objection window: too early, start on ${given.objectionEnds} or later`;
    parts.push(`starts ${sub.effective}: ${verdict}`);
  }
  return parts.join('; ');
}
