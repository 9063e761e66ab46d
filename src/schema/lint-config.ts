import { z } from 'zod';
import { languageTag, line, slugId, text } from './common.ts';
import { compilesWithBoundaries } from './regex.ts';

/**
 * A JavaScript regular expression, checked to compile so a typo in the list is a schema error, not a crash. `\b`
 * is read as a Unicode word boundary (letters of every script, digits and "_"), so German words with umlauts match.
 */
const regex = line.refine(compilesWithBoundaries, 'not a valid regular expression');

/**
 * A phrase the SCC note "described in specific (and not generic) terms" aims at. The list is content
 * (`content/lint.yaml`) so legal can tune it without touching code.
 */
export const specificityPhraseSchema = z
  .object({
    /** Stable id, used to acknowledge a finding inline: `<Acknowledge phrase="tls-version" reason="..." />`. */
    id: slugId,
    /** Only text in this language is checked, such as "de"; without it, text in every language. */
    language: languageTag.optional(),
    /** Regular expression (JavaScript syntax, matched case-insensitively) for the vague phrase. */
    pattern: regex,
    /** When this regular expression matches the same sentence, the phrase is specific enough and not reported. */
    unless: regex.optional(),
    /** Why the phrase is vague. */
    message: text,
    /** How to write it specifically. */
    hint: text,
  })
  .strict();

export const lintConfigSchema = z
  .object({
    /** Vague or outdated phrases reported as warnings by the specificity rule. */
    specificity: z.array(specificityPhraseSchema).default([]),
    /**
     * Rules whose warnings `validate --strict` (and so `npm run check`) tolerates, each with the reason it is
     * accepted, such as `specificity: "Annex II quotes the signed source verbatim; rewording is tracked in SEC-12"`.
     * Every other warning fails a strict run. Errors can never be accepted.
     */
    acceptedWarnings: z.record(slugId, text).default({}),
  })
  .strict();

export type SpecificityPhrase = z.output<typeof specificityPhraseSchema>;
export type LintConfig = z.output<typeof lintConfigSchema>;
