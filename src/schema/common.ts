import { z } from 'zod';

/**
 * Building blocks shared by every content kind. Each content schema composes these, so a rule such as
 * "dates are ISO calendar dates" is written once and reads the same in every error message.
 */

/** Lower-case kebab identifier used by evidence, sub-processors, documents, frameworks and certifications. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'expected a lower-case id such as "tls-config" (letters, digits, "-" or ".")');

/**
 * A measure id: a short upper-case prefix and a number, such as "ENC-01". Contracts and auditors cite measures by
 * this id, so it never changes once released; the file name may change freely.
 */
export const measureId = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}-\d{2,4}$/, 'expected a measure id such as "ENC-01" (upper-case prefix, "-", 2 to 4 digits)');

/** Whether a YYYY-MM-DD string names a day of the (proleptic Gregorian) calendar, such as 2028-02-29. */
function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= length;
}

/** A calendar date written as YYYY-MM-DD. Kept as a string so that it compares and serialises without time zones. */
export const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD, such as 2026-11-27', abort: true })
  .refine(isRealDate, 'not a real calendar date (write it as YYYY-MM-DD, such as 2026-11-27)');

/** An ISO 8601 duration in whole years, months, weeks or days, such as "P1Y", "P6M" or "P90D". */
export const isoDuration = z
  .string()
  .regex(/^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, 'expected an ISO 8601 duration such as "P1Y", "P6M" or "P90D"');

/** A semantic version such as "1.0.0". */
export const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'expected a semantic version such as "1.2.0"');

/** An absolute https (or http) URL. Other schemes are refused so that content cannot smuggle in a script URL. */
export const webUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'expected an absolute URL starting with https://');

/** An e-mail address. */
export const email = z.string().regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'expected an e-mail address');

/** A BCP 47 language tag such as "en" or "de-CH". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en"');

/** An ISO 3166-1 alpha-2 country code such as "DE" or "US" (the region names come from Intl). */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "IE"', abort: true })
  .refine(isKnownRegion, 'not an ISO 3166-1 country code (such as "IE")');

// Made on first use: loading the region names takes about 20 ms, and most commands never check a country code.
let regionNames: Intl.DisplayNames | undefined;
function isKnownRegion(code: string): boolean {
  try {
    const name = (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

/**
 * A fact the source material does not give. Writing `{ unknown: "why" }` instead of inventing a value keeps the
 * gap visible: drafts print it as a gap to fill, and a released document that needs it fails validation.
 */
export const unknownFact = z
  .object({
    /** Why the fact is missing and who can supply it. */
    unknown: z.string().min(3, 'say why the fact is unknown'),
  })
  .strict();
export type UnknownFact = z.output<typeof unknownFact>;

/** Either a known value or an explicit `{ unknown: "why" }`. */
export function knownOr<T extends z.ZodType>(schema: T) {
  return z.union([schema, unknownFact]);
}

/** True when a value is an explicit unknown marker. */
export function isUnknown(value: unknown): value is UnknownFact {
  return typeof value === 'object' && value !== null && 'unknown' in value && Object.keys(value).length === 1;
}

/**
 * How long a YAML string may be. Generous for what content writes (the longest title of the default content is
 * about 300 characters, the longest note about 600), yet a megabyte pasted into a title is refused here rather than
 * printed into the site and the signed annex. A paragraph field holds as much as a measure body (BODY_LIMITS).
 */
export const TEXT_LIMITS = { line: 1_000, text: 6_000 } as const;

/** Non-empty single-line text. */
export const line = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.line, 'a title, name or one-line fact: shorten it, or move the detail into the measure body');

/** Non-empty text that may span lines (YAML block scalars). */
export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.text, 'as long as a whole measure body at most: shorten it, or split it');
