import { z } from 'zod';
import { isoDate, knownOr, line, slugId, text, webUrl } from './common.ts';

/**
 * A certification or attestation: the organisation's own, or one inherited from a hosting provider that is a
 * sub-processor. `content/certifications/<id>.yaml`.
 */
export const certificationSchema = z
  .object({
    /** Stable id. */
    id: slugId,
    /** Standard certified against, such as "ISO/IEC 27001:2022" or "SOC 2 Type II". */
    standard: line,
    /** Certification body or auditor that issued it, or `{ unknown: "why" }`. */
    issuer: knownOr(line),
    /** What the certificate covers, in the issuer's words. */
    scope: text,
    /** First day of validity (YYYY-MM-DD), or `{ unknown: "why" }` (then it is never shown as valid). */
    validFrom: knownOr(isoDate),
    /** Last day of validity (YYYY-MM-DD). Past this date it is shown as expired, never as valid. */
    validUntil: knownOr(isoDate),
    /** Sub-processor id when the certification belongs to a provider and is relied on, not held, by us. */
    inheritedFrom: slugId.optional(),
    /** Framework id the certification attests to, linking it to the framework page. */
    framework: slugId.optional(),
    /** Public page where the certificate can be checked. */
    url: webUrl.optional(),
    /** Evidence ids (the certificate or report itself). */
    evidence: z.array(slugId).min(1, 'a certification needs the evidence that shows it'),
  })
  .strict();

export type Certification = z.output<typeof certificationSchema>;
