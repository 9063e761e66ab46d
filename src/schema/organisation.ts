import { z } from 'zod';
import { email, isoDuration, knownOr, languageTag, line, slugId, text, webUrl } from './common.ts';
import { contactSchema } from './subprocessor.ts';

/** How the public trust center is published. */
export const siteSchema = z
  .object({
    /** Public base URL of the trust center, such as "https://trust.example.com". Drives canonical links and feeds. */
    baseUrl: z.string().regex(/^https:\/\/[^\s/]+(?:\/[^\s]*)?$/, 'expected an https URL such as "https://trust.example.com"'),
    /** Site title, such as "Example Trust Center". */
    title: line,
    /** Framework id of the taxonomy the site groups measures by (the Annex II categories). */
    taxonomy: slugId,
    /** Control catalogues shown with each measure and in the coverage matrix, in this order. */
    frameworks: z.array(slugId).min(1),
    /**
     * Languages the site is published in, the default first: one language gives a site in it; two or more give
     * one site per language under /<language>/ (such as /de/ and /en/) with a language switch. Also security.txt's
     * Preferred-Languages.
     */
    languages: z
      .array(languageTag)
      .min(1)
      .default(['en'])
      .refine((languages) => new Set(languages).size === languages.length, 'list each language once'),
  })
  .strict();

/** The vendor itself: `content/organisation.yaml`. */
export const organisationSchema = z
  .object({
    /** Name used in running text, such as "Dreamdata.io". */
    name: line,
    /**
     * Language the content is written in: measure bodies (`<name>.mdx`), titles and the YAML text. Translations
     * sit beside them (`<name>.de.mdx`). Default: the first of `site.languages`.
     */
    language: languageTag.optional(),
    /** Registered legal name, or `{ unknown: "why" }`. */
    legalName: knownOr(line),
    /** Registered address, or `{ unknown: "why" }`. */
    address: knownOr(text),
    /** Public website. */
    website: webUrl,
    /** Short public overview for the home page. */
    overview: text,
    /** Site settings. */
    site: siteSchema,
    /** Contacts published on the site and in the annexes. */
    contacts: z
      .object({
        /** Where to report vulnerabilities: security.txt Contact. */
        security: z
          .object({
            /** E-mail for security reports. */
            email,
            /** Vulnerability disclosure policy, for security.txt Policy. */
            policy: webUrl.optional(),
            /** Public key for encrypted reports, for security.txt Encryption. */
            encryption: webUrl.optional(),
          })
          .strict(),
        /** Privacy contact or DPO, named in Annex I. */
        privacy: knownOr(contactSchema),
        /**
         * Where customers ask for evidence shared under NDA (`visibility: customer`): an `email` (the link opens a
         * message with the item named in the subject) or a `form` URL (`{item}` in it becomes the item id). Without
         * it, requests go to the security contact.
         */
        access: z
          .union([z.object({ email }).strict(), z.object({ form: webUrl }).strict()], {
            error: 'expected either email: <address> or form: <https URL>',
          })
          .optional(),
      })
      .strict(),
    /**
     * How long before an added or replaced sub-processor starts customers are told (SCC Clause 9(a), option 2):
     * the window in which they may object, as an ISO 8601 duration such as "P30D". The SCCs leave the period to the
     * parties (market practice is 14 to 30 days); the notice rule and the diff check each start date against it.
     */
    subprocessorNoticePeriod: knownOr(isoDuration).optional(),
    /** Who signs the annexes for the organisation. */
    signatory: knownOr(
      z
        .object({
          /** Full name. */
          name: line,
          /** Position, such as "Chief Executive Officer". */
          role: line,
        })
        .strict(),
    ),
  })
  .strict();

export type Organisation = z.output<typeof organisationSchema>;
