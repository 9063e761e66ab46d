import { z } from 'zod';
import { isoDate, line, slugId, text } from './common.ts';

/** The kinds of evidence the project knows; `other` keeps the list open without losing the check. */
export const evidenceKinds = [
  'certificate',
  'audit-report',
  'attestation',
  'policy',
  'procedure',
  'configuration',
  'log',
  'contract',
  'automated-check',
  'product-feature',
  'record',
  'other',
] as const;

/**
 * Something that shows a measure is in force: `content/evidence/<id>.yaml`. Most evidence is internal; only
 * `public` evidence is ever shown publicly, and even then without its owner.
 */
export const evidenceSchema = z
  .object({
    /** Stable id measures and certifications refer to. */
    id: slugId,
    /** What the evidence is, such as "AWS ISO/IEC 27001 certificate". Internal titles are never published. */
    title: line,
    /** Kind of evidence. */
    kind: z.enum(evidenceKinds),
    /**
     * `public`: may be shown on the site and in documents; `customer`: given to customers on request, never shown
     * publicly; `internal`: for auditors and staff only.
     */
    visibility: z.enum(['public', 'customer', 'internal']),
    /** Where the evidence lives: a URL or a repository path. Published only for public evidence. */
    location: line,
    /** Team or person who keeps the evidence current. Internal: never published. */
    owner: line,
    /** Date the evidence was issued or last produced (YYYY-MM-DD), when known. */
    issued: isoDate.optional(),
    /** Last day the evidence is valid (YYYY-MM-DD); omit for evidence that does not expire. */
    validUntil: isoDate.optional(),
    /** Short public description, shown with public evidence. */
    description: text.optional(),
  })
  .strict();

export type Evidence = z.output<typeof evidenceSchema>;
export type EvidenceKind = (typeof evidenceKinds)[number];
