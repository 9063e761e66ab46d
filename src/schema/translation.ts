import { z } from 'zod';
import { line, text } from './common.ts';

/** Length of a translation hash: the first 16 hex digits of a SHA-256 (64 bits: enough to tell versions apart). */
export const TRANSLATION_HASH_LENGTH = 16;

/**
 * A measure's text in another language: the frontmatter of `content/measures/<category>/<name>.<lang>.mdx`, the
 * sibling of `<name>.mdx`, whose body is the translated description. It records which version of the source it
 * translates, so that a later change to the source shows the translation as stale instead of letting the two
 * versions silently say different things.
 */
export const measureTranslationSchema = z
  .object({
    /** The measure's title in this language. */
    title: line,
    /**
     * The translation hash of the source measure (its title and body) this text translates: 16 hex digits, printed
     * by `npm run new -- translation` and by the stale-translation warning.
     */
    translates: z
      .string()
      .regex(
        new RegExp(`^[0-9a-f]{${TRANSLATION_HASH_LENGTH}}$`),
        'expected the 16 hex digits of the source text the translation was made from',
      ),
    /**
     * `draft`: not yet reviewed (a released document in this language refuses it); `reviewed`: checked against the
     * source by someone accountable for the wording, such as legal.
     */
    status: z.enum(['draft', 'reviewed']),
    /** How the text was made: `human`, or `machine-assisted` (machine translation edited by a person). */
    method: z.enum(['human', 'machine-assisted']).default('human'),
  })
  .strict();

export type MeasureTranslation = z.output<typeof measureTranslationSchema>;

/**
 * A questionnaire answer in another language: `content/answers/<name>.<lang>.yaml`, the sibling of `<name>.yaml`.
 * Like a measure's translation it records the version of the source it translates (a hash of the question and the
 * explanation), so a later change to the source shows the translation as stale.
 */
export const answerTranslationSchema = z
  .object({
    /** The question in this language. */
    question: line,
    /** The explanation in this language. */
    explanation: text,
    /** The translation hash of the source answer (its question and explanation) this text translates. */
    translates: measureTranslationSchema.shape.translates,
    /** `draft` (not yet reviewed) or `reviewed`. */
    status: measureTranslationSchema.shape.status,
    /** `human` or `machine-assisted`. */
    method: measureTranslationSchema.shape.method,
  })
  .strict();

export type AnswerTranslation = z.output<typeof answerTranslationSchema>;
