import { z } from 'zod';
import { isoDate, isoDuration, line, measureId, slugId } from './common.ts';

/**
 * A technical or organisational measure: frontmatter of `content/measures/<category>/<name>.mdx`. The MDX body
 * below the frontmatter is the measure's public description, word for word what the annexes and the site say.
 */
export const measureSchema = z
  .object({
    /** Stable id cited by contracts, such as "ENC-01". Never reuse or change it once a released annex holds it. */
    id: measureId,
    /** Short title naming what the measure does, such as "Encryption of data at rest". */
    title: line,
    /** Technical (a system does it) or organisational (people and process do it). */
    type: z.enum(['technical', 'organisational']),
    /**
     * `implemented`: in force and described to customers; `planned`: committed but not yet in force (shown as
     * planned, never counted for completeness); `retired`: kept for history, shown nowhere.
     */
    status: z.enum(['implemented', 'planned', 'retired']),
    /** Team or person accountable for the measure. Internal: never published. */
    owner: line,
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
    /** Date of the last review of the measure and its evidence (YYYY-MM-DD). */
    reviewed: isoDate,
    /** How often the measure must be reviewed, as an ISO 8601 duration such as "P1Y" or "P6M". */
    reviewEvery: isoDuration,
  })
  .strict();

export type Measure = z.output<typeof measureSchema>;
