import type { Validity } from '../schema/public.ts';
import { isUnknown, type UnknownFact } from '../schema/common.ts';
import type { TextKey } from '../i18n/catalogue.ts';
import type { Params, Translator } from '../i18n/translator.ts';

/**
 * A known value, or undefined for a fact the content marks `{ unknown: ... }`. Public pages leave an unknown fact
 * out instead of printing a gap (drafts of the annexes list the gaps; the validator warns the author).
 */
export function known<T>(value: T | UnknownFact): T | undefined {
  return isUnknown(value) ? undefined : (value as T);
}

/** Badge tone per state: good, warn, bad or neutral. */
export const validityTone: Record<Validity, Tone> = {
  valid: 'good',
  expiring: 'warn',
  expired: 'bad',
  'not-yet-valid': 'warn',
  unverified: 'neutral',
};

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

/** Badge tone of a measure's status. */
export const statusTone: Record<'implemented' | 'planned', Tone> = { implemented: 'good', planned: 'warn' };

/** Shortens text at a word boundary to at most `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** "control" -> "Control"; "Kontrollziel" stays. Locale-aware, for the Turkish dotted i and its kind. */
export function capitalise(text: string, t?: Translator): string {
  return text.charAt(0).toLocaleUpperCase(t?.tag) + text.slice(1);
}

/**
 * A message with element placeholders ("Look for {valid} and {total}") split into text and the names, so a page can
 * put markup (code, a link, a time element) where the placeholder stood. Other placeholders take `params`.
 */
export function messageParts(
  t: Translator,
  key: TextKey,
  names: readonly string[],
  params: Params = {},
): ({ text: string } | { name: string })[] {
  const message = t.t(key, { ...params, ...Object.fromEntries(names.map((name) => [name, `{${name}}`])) });
  const pattern = new RegExp(`\\{(${names.join('|')})\\}`, 'g');
  const out: ({ text: string } | { name: string })[] = [];
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > last) out.push({ text: message.slice(last, match.index) });
    out.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < message.length) out.push({ text: message.slice(last) });
  return out;
}

/** Longest page title search engines and tabs show whole. */
export const TITLE_MAX = 60;
/** Longest meta description shown whole in a search result. */
export const DESCRIPTION_MAX = 155;

/**
 * The document title: the page's title and the organisation's name within 60 characters. The page title gives way
 * first (cut at a word), the name only when the title alone needs the room.
 */
export function pageTitle(title: string, organisation: string): string {
  const page = withoutRepeats(title);
  const suffix = ` · ${organisation}`;
  if (page.length + suffix.length <= TITLE_MAX) return page + suffix;
  if (TITLE_MAX - suffix.length >= 24) return truncate(page, TITLE_MAX - suffix.length) + suffix;
  return truncate(page, TITLE_MAX);
}

/** A meta description: one line, at most 155 characters, cut at a word boundary, no word doubled ("for for"). */
export function pageDescription(text: string): string {
  return truncate(withoutRepeats(text), DESCRIPTION_MAX);
}

/** Drops a word that repeats the one before it, case-insensitively ("measures Measures" -> "measures"). */
export function withoutRepeats(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b([\p{L}\p{N}]+)(\s+\1\b)+/giu, '$1');
}
