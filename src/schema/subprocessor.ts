import { z } from 'zod';
import { countryCode, email, isoDate, knownOr, line, slugId, text, webUrl } from './common.ts';

/** Legal bases for moving personal data to where a sub-processor processes it. */
export const transferMechanisms = [
  'eea', // processing stays in the EEA: no transfer tool needed
  'adequacy', // Art. 45 adequacy decision
  'dpf', // EU-U.S. Data Privacy Framework (an adequacy decision for certified US organisations)
  'scc', // Art. 46(2)(c) Standard Contractual Clauses 2021/914
  'bcr', // Art. 47 binding corporate rules
  'derogation', // Art. 49
] as const;

/** A person or desk to contact at a party. */
export const contactSchema = z
  .object({
    /** Name of the person, or of the desk such as "Privacy team". */
    name: line.optional(),
    /** Position, such as "Data Protection Officer". */
    role: line.optional(),
    /** E-mail address. */
    email: email.optional(),
    /** Web form or page for contact. */
    url: webUrl.optional(),
  })
  .strict();

/** One dated entry in a sub-processor's history. Customers are notified of these. */
export const subprocessorEventSchema = z
  .object({
    /** Date the change takes effect (YYYY-MM-DD). */
    date: isoDate,
    /** What happened. */
    change: z.enum(['added', 'changed', 'removed']),
    /** Public description of the change, shown in the change feed. */
    description: text,
    /** Date customers were notified, when it differs from `date`. */
    notified: isoDate.optional(),
  })
  .strict();

/** A sub-processor: `content/subprocessors/<id>.yaml`, listed in Annex III and on the site. */
export const subprocessorSchema = z
  .object({
    /** Stable id. */
    id: slugId,
    /** Name customers know the sub-processor by, such as "Amazon Web Services". */
    name: line,
    /** Legal name of the contracting entity, or `{ unknown: "why" }`. */
    legalName: knownOr(line),
    /** Registered address, or `{ unknown: "why" }`. */
    address: knownOr(text),
    /** Contact person or desk for data-protection matters, or `{ unknown: "why" }`. */
    contact: knownOr(contactSchema),
    /** Public website. */
    website: webUrl.optional(),
    /** Services used, such as "Amazon S3". */
    services: z.array(line).default([]),
    /** What the sub-processor does for us, in one or two sentences. */
    purpose: text,
    /** Categories of personal data it processes. */
    dataCategories: knownOr(z.array(line).min(1, 'name at least one category of personal data')),
    /** Countries where data is processed (ISO 3166-1 alpha-2), or `{ unknown: "why" }`. */
    locations: knownOr(z.array(countryCode).min(1, 'name at least one processing location')),
    /** Transfer mechanisms relied on for the processing locations, or `{ unknown: "why" }`. */
    transferMechanisms: knownOr(z.array(z.enum(transferMechanisms)).min(1, 'name the transfer mechanism, or "eea"')),
    /** Dated history, oldest first: when it was added, changed, removed. */
    history: z.array(subprocessorEventSchema).min(1, 'record at least the date the sub-processor was added'),
  })
  .strict();

export type Subprocessor = z.output<typeof subprocessorSchema>;
export type SubprocessorEvent = z.output<typeof subprocessorEventSchema>;
export type Contact = z.output<typeof contactSchema>;
export type TransferMechanism = (typeof transferMechanisms)[number];
