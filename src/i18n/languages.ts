/**
 * The languages the product speaks: every label, heading and sentence the site and the PDFs print around the
 * content comes from a message catalogue in one of these. Content may be written in any language; its chrome must
 * be in one of these (the `unsupported-language` rule says so), so German content never sits inside English chrome.
 */
export const uiLanguages = ['en', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** "de-AT" -> "de". */
export function primarySubtag(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Whether a BCP 47 tag ("de", "de-AT", "en-GB") has a catalogue. */
export function isUiLanguage(tag: string): boolean {
  return (uiLanguages as readonly string[]).includes(primarySubtag(tag));
}

/** The catalogue for a tag: "de-CH" uses the German one. Throws for a language without a catalogue. */
export function uiLanguage(tag: string): UiLanguage {
  const primary = primarySubtag(tag);
  if (!isUiLanguage(primary)) throw new Error(`no message catalogue for the language "${tag}" (available: ${uiLanguages.join(', ')})`);
  return primary as UiLanguage;
}

/**
 * The locale `Intl` formats with. Bare "en" is British English: dates read "2 November 2026", day first, as
 * contracts in the EU write them, and as every document this product made before it spoke German. Any other tag is
 * used as written, so "de-AT" gets Austrian month names ("Jänner").
 */
export function intlLocale(tag: string): string {
  return tag === 'en' ? 'en-GB' : tag;
}
