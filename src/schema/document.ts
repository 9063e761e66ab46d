import { z } from 'zod';
import { isoDate, languageTag, line, semver, slugId, text } from './common.ts';

/** One entry of a document's changelog: what changed in a version, in words legal can send to customers. */
export const changelogEntrySchema = z
  .object({
    /** Version this entry describes. */
    version: semver,
    /** Date of the change (YYYY-MM-DD). */
    date: isoDate,
    /** What changed, one item per change. */
    changes: z.array(text).min(1),
    /** Date customers were (or will be) notified, for changes that need prior notice. */
    notice: isoDate.optional(),
  })
  .strict();

/**
 * A contract annex built from the content: `content/documents/<id>.yaml`. What the document contains comes from
 * its `kind`; its number ("Annex II" or "Annex III") comes from `numbering`.
 */
export const documentSchema = z
  .object({
    /** Stable id, also the PDF file name, such as "annex-ii". */
    id: slugId,
    /** What the document contains: parties and processing (I), measures (II), or sub-processors (III). */
    kind: z.enum(['annex-i', 'annex-ii', 'annex-iii']),
    /** Title printed on the document. */
    title: text,
    /**
     * Which set of clauses numbers the annexes: "scc-2021-914" (international transfers: I, II, III) or
     * "scc-2021-915" (Art. 28(7) clauses: parties I, description II, measures III, sub-processors IV).
     */
    numbering: z.enum(['scc-2021-914', 'scc-2021-915']).default('scc-2021-914'),
    /** Annex II only: framework id of the taxonomy whose categories structure the document. */
    taxonomy: slugId.optional(),
    /** Annex II only: categories that must each have at least one implemented measure before release. */
    requires: z.array(line).default([]),
    /** Annex II only: the appendix mapping each measure to the controls it satisfies. */
    appendix: z
      .object({
        /** Whether to include the control-mapping appendix. */
        controlMapping: z.boolean().default(true),
        /** Framework ids to map to, in column order. */
        frameworks: z.array(slugId).default([]),
      })
      .strict()
      .default({ controlMapping: true, frameworks: [] }),
    /** Semantic version of the released text; bump it whenever what the document says changes. */
    version: semver,
    /** Date from which this version applies (YYYY-MM-DD). */
    effective: isoDate,
    /** `draft` documents carry a DRAFT mark and are never signed as released. */
    status: z.enum(['draft', 'released']),
    /**
     * Language of the document, such as "de". Default: the content's language (`organisation.language`, else the
     * first of `site.languages`). Every measure it lists needs a text in it; see `npm run new -- translation`.
     */
    language: languageTag.optional(),
    /**
     * A bilingual document instead: two languages, each item printed in the first and then in the second, such as
     * `[de, en]`. Needs `prevailing`.
     */
    languages: z
      .tuple([languageTag, languageTag], { error: 'a bilingual document names exactly two languages, such as [de, en]' })
      .refine(([a, b]) => a !== b, 'name two different languages')
      .optional(),
    /** Bilingual documents: the language whose version prevails where the two differ. */
    prevailing: languageTag.optional(),
    /**
     * Bilingual documents: the prevailing-language clause in each language, replacing the standard one
     * ("… In the event of any discrepancy between the language versions, the German version prevails.").
     */
    prevailingClause: z.record(languageTag, text).optional(),
    /** Title and preamble in the other language of a bilingual document: `{ en: { title: "…" } }`. */
    translations: z.record(languageTag, z.object({ title: text, preamble: text.optional() }).strict()).optional(),
    /** Changelog, newest first. */
    changelog: z.array(changelogEntrySchema).default([]),
    /** Introductory sentence printed under the title. */
    preamble: text.optional(),
  })
  .strict()
  .superRefine((doc, context) => {
    const problem = (path: (string | number)[], message: string, hint: string) =>
      context.addIssue({ code: 'custom', path, message, params: { hint } });
    if (!doc.languages) {
      for (const field of ['prevailing', 'prevailingClause', 'translations'] as const) {
        if (doc[field] !== undefined) {
          problem([field], 'belongs to a bilingual document', 'add languages: [<first>, <second>], or delete it');
        }
      }
      return;
    }
    const [first, second] = doc.languages;
    if (doc.language !== undefined && doc.language !== first) {
      problem(['language'], `differs from the first of languages (${first})`, 'delete language: a bilingual document is in its languages');
    }
    if (doc.prevailing === undefined) {
      problem(['languages'], 'a bilingual document says which version prevails', `add prevailing: ${first} or prevailing: ${second}`);
    } else if (doc.prevailing !== first && doc.prevailing !== second) {
      problem(
        ['prevailing'],
        `is not one of the document's languages (${first}, ${second})`,
        `write prevailing: ${first} or prevailing: ${second}`,
      );
    }
    if (!doc.translations?.[second]) {
      problem(['translations'], `the title in ${second} is missing`, `add translations: { ${second}: { title: "…" } }`);
    }
    for (const language of Object.keys(doc.prevailingClause ?? {})) {
      if (language !== first && language !== second) {
        problem(
          ['prevailingClause', language],
          `is not one of the document's languages (${first}, ${second})`,
          `give the clause in ${first} and ${second} only`,
        );
      }
    }
  });

export type DocumentSpec = z.output<typeof documentSchema>;
export type ChangelogEntry = z.output<typeof changelogEntrySchema>;
