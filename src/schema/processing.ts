import { z } from 'zod';
import { knownOr, line, text } from './common.ts';
import { contactSchema } from './subprocessor.ts';

const knownText = knownOr(text);
const knownList = knownOr(z.array(line).min(1));

/** One party in Annex I.A. */
export const partySchema = z
  .object({
    /** Name, or a description such as "The customer identified in the Agreement". */
    name: text,
    /** Address, or `{ unknown: "why" }`. */
    address: knownText,
    /** Contact person's name, position and contact details. */
    contact: knownOr(contactSchema),
    /** Activities relevant to the data processed under the clauses. */
    activities: knownText,
    /** Role under the GDPR. */
    role: z.enum(['controller', 'processor']),
  })
  .strict();

/**
 * Annex I of the SCCs: parties (A), description of the processing (B) and the competent supervisory authority (C):
 * `content/processing.yaml`. Fields the vendor has not supplied are `{ unknown: "why" }`, which keeps Annex I a draft.
 */
export const processingSchema = z
  .object({
    /** Annex I.A: the data exporter(s), usually the customer as controller. */
    exporters: z.array(partySchema).min(1),
    /** Annex I.A: the data importer(s), usually the organisation as processor. */
    importers: z.array(partySchema).min(1),
    /** Annex I.B, in the order the SCCs give. */
    description: z
      .object({
        /** Categories of data subjects whose personal data is processed. */
        dataSubjects: knownList,
        /** Categories of personal data processed. */
        dataCategories: knownList,
        /** Sensitive data processed (if any) and the restrictions or safeguards applied. */
        sensitiveData: knownText,
        /** Frequency of the transfer: one-off or continuous. */
        frequency: knownText,
        /** Nature of the processing. */
        nature: knownText,
        /** Purpose(s) of the transfer and further processing. */
        purposes: knownList,
        /** Retention period, or the criteria used to determine it. */
        retention: knownText,
        /** For transfers to (sub-)processors: subject matter, nature and duration of the processing. */
        subprocessorTransfers: knownText,
      })
      .strict(),
    /** Annex I.C: the competent supervisory authority under Clause 13. */
    authority: knownOr(
      z
        .object({
          /** Name of the authority. */
          name: line,
          /** Why it is competent (establishment, representative, ...). */
          basis: text.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type Processing = z.output<typeof processingSchema>;
