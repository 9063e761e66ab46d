import { z } from 'zod';
import { isoDate, isoDuration, line, measureId, slugId, text } from './common.ts';

/**
 * The topics a questionnaire answer is filed under, in the order the answers page and the exports list them. They
 * follow the domains security questionnaires share (CAIQ, SIG Lite, VSA), so a buyer finds an answer where their
 * own questionnaire put the question.
 */
export const answerTopics = {
  governance: 'Policies and people',
  'access-control': 'Access control',
  encryption: 'Encryption',
  'logging-monitoring': 'Logging and monitoring',
  'incident-response': 'Incident response',
  'backup-resilience': 'Backups and resilience',
  'retention-deletion': 'Data retention and deletion',
  'data-location': 'Data location and transfers',
  subprocessors: 'Sub-processors',
  certifications: 'Certifications and assurance',
  'physical-security': 'Physical security',
  operations: 'Operations and separation',
  'data-protection': 'Data protection',
} as const;

export type AnswerTopic = keyof typeof answerTopics;
export const answerTopicIds = Object.keys(answerTopics) as [AnswerTopic, ...AnswerTopic[]];

/** The short answers questionnaires accept. */
export const answerValues = ['yes', 'no', 'partial', 'not-applicable'] as const;
export type AnswerValue = (typeof answerValues)[number];

/**
 * The hash of a measure's public text as the answer's reviewer read it: 12 hex digits of SHA-256 over the measure's
 * title and public body text (src/content/measure-text.ts). `npm run validate` prints the current value.
 */
export const textHash = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'expected the 12-digit text hash `npm run validate` prints, such as "3f9a1c2b7d4e"');

/**
 * One answer of the questionnaire library: `content/answers/<id>.yaml`. Written once, tied to the measures that back
 * it, and checked like a measure, so the answers customers receive never drift from the contract's Annex II.
 */
export const answerFieldsSchema = z
  .object({
    /** Stable id, such as "encryption-at-rest"; exports and links use it. */
    id: slugId,
    /** Topic the answer is filed under (see `answerTopics`). */
    topic: z.enum(answerTopicIds),
    /** The question in your own short wording. Never paste a licensed questionnaire's text: cite its ids in `refs`. */
    question: line,
    /**
     * Ids of the same question in public questionnaires and control catalogues, by catalogue: `{ ccm-v4: [CEK-03] }`
     * (CSA Cloud Controls Matrix v4, whose CAIQ questions are numbered under these ids), `sig-lite`, `vsaq`, ...
     */
    refs: z.record(slugId, z.array(line).min(1, 'list at least one id or drop the catalogue')).default({}),
    /** The short answer: yes, no, partial, or not-applicable. */
    answer: z.enum(answerValues),
    /** What the answer means in practice, in specific terms; shown with the answer and exported. */
    explanation: text,
    /** Ids of the measures the answer relies on. A yes or partial answer names at least one. */
    measures: z.array(measureId).default([]),
    /**
     * The text hash of each measure as it read when the answer was last reviewed, by measure id. Validation compares
     * it with the measure's text today: a measure reworded since is reported, and the answer is stale until someone
     * re-reads it and records the new hash (validate's hint prints it). Without git or history, fast.
     */
    reviewedText: z.record(measureId, textHash).default({}),
    /** Ids of further documents the answer reflects, such as "annex-iii" for the sub-processor list. */
    documents: z.array(slugId).default([]),
    /**
     * `public`: on the trust center and in every export; `customer`: exported for customers under NDA, only counted
     * on the site; `internal`: for staff, in no output.
     */
    visibility: z.enum(['public', 'customer', 'internal']),
    /** Date the answer was last reviewed against its measures (YYYY-MM-DD). */
    reviewed: isoDate,
    /** How often the answer must be reviewed, as an ISO 8601 duration (default one year). */
    reviewEvery: isoDuration.default('P1Y'),
    /** Team or person accountable for the answer. Internal: never published. */
    owner: line,
    /** Specificity warnings accepted for this answer, by phrase id (see content/lint.yaml), with the reason. */
    acknowledge: z.record(slugId, text).default({}),
  })
  .strict();

/** An answer file: its fields, and a yes or partial answer names the measures that back it. */
export const answerSchema = answerFieldsSchema.refine(
  (answer) => answer.measures.length > 0 || answer.answer === 'no' || answer.answer === 'not-applicable',
  {
    message: 'a yes or partial answer names the measures that back it',
    path: ['measures'],
  },
);

export type Answer = z.output<typeof answerSchema>;
