import { z } from 'zod';
import type { PublicBody, PublicNode } from './public-body.ts';
import { answerFieldsSchema } from './answer.ts';
import { certificationSchema } from './certification.ts';
import { isoDate, webUrl } from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { measureFields } from './measure.ts';
import { subprocessorSchema } from './subprocessor.ts';

/**
 * The public projections of the content schemas: what the site, the PDFs, feeds and exports may read. Each is
 * derived from its content schema by picking the public fields, so a field added to the content is private until
 * someone adds it here on purpose. Astro's collections use these schemas too.
 */

/** Where a dated item stands on the build date. `unverified`: a validity date is unknown, never shown as valid. */
export const validities = ['valid', 'expiring', 'expired', 'not-yet-valid', 'unverified'] as const;
export const validitySchema = z.enum(validities);

export const publicEvidenceSchema = evidenceSchema
  .pick({ id: true, title: true, kind: true, issued: true, validUntil: true, description: true })
  .extend({
    /** The evidence's public URL, when its location is one. */
    url: webUrl.optional(),
    /** Validity on the build date. */
    validity: validitySchema,
  });

const inlineTypes = new Set(['text', 'inlineCode', 'break', 'emphasis', 'strong', 'delete', 'link', 'evidenceRef']);
const blockTypes = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'code',
  'thematicBreak',
  'table',
  'tableRow',
  'tableCell',
]);

/** Checks that a tree holds only public node types, with no raw HTML or script-capable URL anywhere. */
export function isPublicBody(value: unknown): value is PublicBody {
  const visit = (node: PublicNode): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    if (!inlineTypes.has(node.type) && !blockTypes.has(node.type) && node.type !== 'root') return false;
    if (node.type === 'link' && !/^(?:https?:|mailto:|[^:]*$)/i.test(node.url)) return false;
    return !('children' in node) || (Array.isArray(node.children) && (node.children as PublicNode[]).every(visit));
  };
  return typeof value === 'object' && value !== null && (value as PublicNode).type === 'root' && visit(value as PublicNode);
}

export const publicBodySchema = z.custom<PublicBody>(isPublicBody, 'not a public body tree');

/** A measure's title and body in another language, and where that translation stands. */
export const publicTranslationSchema = z.object({
  title: z.string(),
  body: publicBodySchema,
  text: z.string(),
  /** `draft` until reviewed (a released document refuses it). */
  status: z.enum(['draft', 'reviewed']),
  method: z.enum(['human', 'machine-assisted']),
  /** False when the source text changed after the translation was made. */
  current: z.boolean(),
});

export const publicMeasureSchema = measureFields.pick({ id: true, title: true, type: true }).extend({
  /** Language of `title`, `body` and `text` (the content's language). */
  language: z.string(),
  /** Date of the last review (drafts, the only measures with an unknown one, are never public). */
  reviewed: isoDate,
  /** Retired measures are never public. */
  status: z.enum(['implemented', 'planned']),
  /** Date the next review is due. */
  nextReview: isoDate,
  /** Primary category in the site taxonomy, when mapped. */
  category: z.string().optional(),
  /** Requirement ids by framework id (only frameworks and requirements that exist). */
  satisfies: z.record(z.string(), z.array(z.string())),
  /** Public evidence backing the measure. */
  evidence: z.array(publicEvidenceSchema),
  /** How many further evidence items customers can request under NDA (their titles are not public). */
  evidenceOnRequest: z.number().int().nonnegative(),
  /** How many answers given to customers under NDA rely on the measure (counted only: their questions are not public). */
  answersOnRequest: z.number().int().nonnegative(),
  /** The body in its public form. */
  body: publicBodySchema,
  /** Plain text of the body, for search and feeds. */
  text: z.string(),
  /** The measure in other languages, by language tag. */
  translations: z.record(z.string(), publicTranslationSchema),
});

/**
 * A certification as the public sees it. Unknown facts are left out rather than printed as a gap: a trust page
 * states what is known. `validity` is `unverified` when a date is unknown; the site then makes no validity claim.
 */
export const publicCertificationSchema = certificationSchema
  .omit({ evidence: true, inheritedFrom: true, issuer: true, validFrom: true, validUntil: true })
  .extend({
    /** Certification body or auditor, when known. */
    issuer: z.string().optional(),
    /** First day of validity, when known. */
    validFrom: isoDate.optional(),
    /** Last day of validity, when known. */
    validUntil: isoDate.optional(),
    /** Validity on the build date. */
    validity: validitySchema,
    /** The provider the certification is inherited from. */
    inheritedFrom: z.object({ id: z.string(), name: z.string() }).optional(),
    /** Public evidence only. */
    evidence: z.array(publicEvidenceSchema),
  });

export const publicSubprocessorSchema = subprocessorSchema.extend({
  /** Date of the first `added` event. */
  since: isoDate,
  /** `upcoming` while customers are in the notice period before it is added. */
  state: z.enum(['active', 'upcoming', 'removed']),
  /** Date a removal announced for after the build date takes effect: the sub-processor is listed "until" it. */
  until: isoDate.optional(),
});

/** A measure an answer relies on, as the answer names and links it. */
export const answerMeasureSchema = z.object({
  /** Measure id, such as "ENC-02". */
  id: z.string(),
  /** The measure's title. */
  title: z.string(),
});

/** A document an answer reflects, in the version the answer was exported against. */
export const answerDocumentSchema = z.object({
  /** Document id, such as "annex-ii". */
  id: z.string(),
  /** The document's title. */
  title: z.string(),
  /** Its version on the build date. */
  version: z.string(),
  /** Draft documents are not yet part of a contract. */
  status: z.enum(['draft', 'released']),
});

/**
 * A questionnaire answer as it leaves the project: in the public view (public answers only) and in the answers
 * export (public, or public and customer answers for sending under NDA). Owners, internal answers, review
 * bookkeeping (text hashes, acknowledgements) and evidence never appear.
 */
/** An answer's question and explanation in another language, and where that translation stands. */
export const publicAnswerTranslationSchema = z.object({
  question: z.string(),
  explanation: z.string(),
  /** `draft` until reviewed. */
  status: z.enum(['draft', 'reviewed']),
  method: z.enum(['human', 'machine-assisted']),
  /** False when the source answer changed after the translation was made. */
  current: z.boolean(),
});

export const publicAnswerSchema = answerFieldsSchema
  .pick({ id: true, topic: true, question: true, answer: true, explanation: true, reviewed: true })
  .extend({
    /** Title of the topic, such as "Encryption". */
    topicTitle: z.string(),
    /** Ids of the same question in public questionnaires and control catalogues, by catalogue. */
    refs: z.record(z.string(), z.array(z.string())),
    /** Who may receive the answer: `public`, or `customer` (only in exports made for customers under NDA). */
    audience: z.enum(['public', 'customer']),
    /** The measures the answer relies on (public measures only). */
    measures: z.array(answerMeasureSchema),
    /** The documents whose current versions the answer reflects: Annex II for its measures, and any it names. */
    documents: z.array(answerDocumentSchema),
    /** Date the next review is due. */
    nextReview: isoDate,
    /** Language of `question` and `explanation` (the content's language). */
    language: z.string(),
    /** The question and explanation in other languages, by language tag. */
    translations: z.record(z.string(), publicAnswerTranslationSchema),
  });

export type Validity = z.output<typeof validitySchema>;
export type PublicAnswer = z.output<typeof publicAnswerSchema>;
export type PublicAnswerTranslation = z.output<typeof publicAnswerTranslationSchema>;
export type PublicEvidence = z.output<typeof publicEvidenceSchema>;
export type PublicMeasure = z.output<typeof publicMeasureSchema>;
export type PublicTranslation = z.output<typeof publicTranslationSchema>;
export type PublicCertification = z.output<typeof publicCertificationSchema>;
export type PublicSubprocessor = z.output<typeof publicSubprocessorSchema>;
