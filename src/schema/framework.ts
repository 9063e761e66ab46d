import { z } from 'zod';
import { languageTag, line, slugId, text, webUrl } from './common.ts';

/**
 * A framework is any catalogue a measure can satisfy: the SCC Annex II categories, GDPR Art. 32, ISO/IEC 27001,
 * SOC 2, NIST CSF, or a house taxonomy. Taxonomies are content: adding a YAML file here is enough to present
 * measures in another structure.
 */

/**
 * Titles in other languages, by language tag: `translations: { de: { title: "…" } }`. The framework's own fields are
 * in its `language`; an output in another language uses these where they exist (a released document in that
 * language needs them, see the translation rules).
 */
function translations<T extends z.ZodRawShape>(shape: T) {
  return z.record(languageTag, z.object(shape).strict()).optional();
}

/** A heading that groups requirements (an ISO theme, a SOC 2 series, a NIST function or category). */
export const requirementGroupSchema = z
  .object({
    /** Stable id of the group, unique within the framework, such as "PR" or "PR.DS". */
    id: line,
    /** Human title of the group. */
    title: line,
    /** Id of the enclosing group, for nested catalogues (NIST function > category). */
    parent: line.optional(),
    /** The title in other languages. */
    translations: translations({ title: line }),
  })
  .strict();

/** One requirement (control, criterion, category) a measure can claim to satisfy. */
export const requirementSchema = z
  .object({
    /** Id as the framework writes it, such as "8.24", "CC6.1", "PR.DS-01" or "pseudonymisation-encryption". */
    id: line,
    /** Title or statement. Only titles for copyrighted catalogues (ISO, AICPA); public-domain text may be full. */
    title: text,
    /** Id of the group in `groups` this requirement sits under. */
    group: line.optional(),
    /** Longer public explanation, shown on the framework page. */
    description: text.optional(),
    /** Other headings that mean this requirement (for example US spellings used by a source document). */
    aliases: z.array(line).optional(),
    /** Title and description in other languages: `{ de: { title: "…", description: "…" } }`. */
    translations: translations({ title: text, description: text.optional() }),
  })
  .strict();

export const frameworkSchema = z
  .object({
    /** Stable id used in measures' `satisfies` maps, such as "iso27001-2022". */
    id: slugId,
    /** Full title, such as "ISO/IEC 27001:2022 Annex A". */
    title: line,
    /** Short label for tables and badges, such as "ISO 27001". Defaults to the title. */
    shortTitle: line.optional(),
    /** Edition or version of the framework, such as "2022" or "2.0". */
    version: line,
    /** Where the requirement list comes from: an official citation. */
    source: text,
    /** Public page of the framework. */
    url: webUrl.optional(),
    /**
     * What the framework is. A `taxonomy` structures documents and the site (the Annex II categories); the other
     * kinds are control catalogues a measure maps to.
     */
    kind: z.enum(['taxonomy', 'regulation', 'standard', 'criteria', 'framework']),
    /** What one requirement is called, such as "control", "criterion" or "category". Default "requirement". */
    requirementLabel: line.default('requirement'),
    /** Its plural, such as "criteria". Default: the English plural of `requirementLabel`. */
    requirementLabelPlural: line.optional(),
    /**
     * Whether documents and pages print the groups as headings above their requirements, such as the German Art. 32
     * objectives (Vertraulichkeit, Integrität, …). Default false, which is how every annex was printed before the
     * setting existed: an annex released then must come out of today's code byte for byte, and the SCC groups only
     * tell the 17 examples from the further paragraphs, which the official annex does not head.
     */
    groupHeadings: z.boolean().default(false),
    /** Language of the titles, labels and descriptions above (default "en"). */
    language: languageTag.default('en'),
    /**
     * The framework's title, short title, labels and notice in other languages. A label needs its plural too:
     * `{ de: { title: "…", requirementLabel: Kategorie, requirementLabelPlural: Kategorien } }`.
     */
    translations: z
      .record(
        languageTag,
        z
          .object({
            title: line,
            shortTitle: line.optional(),
            requirementLabel: line.optional(),
            requirementLabelPlural: line.optional(),
            notice: text.optional(),
            source: text.optional(),
          })
          .strict()
          .refine((t) => (t.requirementLabel === undefined) === (t.requirementLabelPlural === undefined), {
            message: 'give requirementLabel and requirementLabelPlural together: other languages do not form plurals by rule',
            path: ['requirementLabelPlural'],
          }),
      )
      .optional(),
    /** Copyright or licence remark shown with the catalogue. */
    notice: text.optional(),
    /** Headings that group requirements; requirements refer to them by id. */
    groups: z.array(requirementGroupSchema).default([]),
    /** The requirements, in the framework's own order (documents and pages keep this order). */
    requirements: z.array(requirementSchema).min(1, 'a framework needs at least one requirement'),
  })
  .strict();

export type Framework = z.output<typeof frameworkSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type RequirementGroup = z.output<typeof requirementGroupSchema>;
export type FrameworkTranslation = NonNullable<Framework['translations']>[string];
