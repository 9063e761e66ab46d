import { z } from 'zod';
import { isoDate, isoDuration, isUnknown, knownOr, line, measureId, slugId } from './common.ts';

/**
 * A technical or organisational measure: frontmatter of `content/measures/<category>/<name>.mdx`. The MDX body
 * below the frontmatter is the measure's public description, word for word what the annexes and the site say.
 */
export const measureFields = z
  .object({
    /** Stable id cited by contracts, such as "ENC-01". Never reuse or change it once a released annex holds it. */
    id: measureId,
    /** Short title naming what the measure does, such as "Encryption of data at rest". */
    title: line,
    /** Technical (a system does it) or organisational (people and process do it). */
    type: z.enum(['technical', 'organisational']),
    /**
     * `draft`: being written, shown nowhere, and the only status that may leave facts `{ unknown: "..." }`;
     * `implemented`: in force and described to customers; `planned`: committed but not yet in force (shown as
     * planned, never counted for completeness); `retired`: kept for history, shown nowhere.
     */
    status: z.enum(['draft', 'implemented', 'planned', 'retired']),
    /** Team or person accountable for the measure. Internal: never published. A draft may leave it unknown. */
    owner: knownOr(line),
    /** `public` (default) appears on the site and in the annexes; `internal` appears in no output. */
    visibility: z.enum(['public', 'internal']).default('public'),
    /**
     * Requirements the measure satisfies, by framework id: `{ "scc-annex-ii": ["pseudonymisation-encryption"],
     * "iso27001-2022": ["8.24"] }`. The first id under the Annex II taxonomy is the category the annex lists the
     * measure under; further ids there are cross-references.
     */
    satisfies: z.record(slugId, z.array(line).min(1, 'list at least one requirement id or drop the framework')),
    /** Ids of evidence items that show the measure is in force. */
    evidence: z.array(slugId).default([]),
    /** Date of the last review of the measure and its evidence (YYYY-MM-DD). A draft may leave it unknown. */
    reviewed: knownOr(isoDate),
    /** How often the measure must be reviewed, as an ISO 8601 duration such as "P1Y" or "P6M". */
    reviewEvery: isoDuration,
  })
  .strict();

/** The measure frontmatter with its one cross-field rule: only drafts may leave facts unknown. */
export const measureSchema = measureFields.superRefine((measure, context) => {
  if (measure.status === 'draft') return;
  for (const field of ['owner', 'reviewed'] as const) {
    if (isUnknown(measure[field])) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: `still unknown, but only a draft measure may leave facts unknown (this one is ${measure.status})`,
        params: {
          hint:
            field === 'owner'
              ? 'name the accountable team or person, or set status: draft until it is known'
              : 'write the date of the last review as YYYY-MM-DD, or set status: draft until the measure is reviewed',
        },
      });
    }
  }
});

export type Measure = z.output<typeof measureSchema>;

/** The review date of a measure that is not a draft (the schema guarantees it is known). */
export function reviewDate(measure: Pick<Measure, 'reviewed'>): string {
  if (isUnknown(measure.reviewed)) throw new Error('only a draft measure has an unknown review date');
  return measure.reviewed;
}
