import type { Validity } from '../schema/public.ts';
import { isUnknown, type UnknownFact } from '../schema/common.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-02" -> "2 November 2026". Dates are calendar days, so formatting is pinned to UTC. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/**
 * A known value, or undefined for a fact the content marks `{ unknown: ... }`. Public pages leave an unknown fact
 * out instead of printing a gap (drafts of the annexes list the gaps; the validator warns the author).
 */
export function known<T>(value: T | UnknownFact): T | undefined {
  return isUnknown(value) ? undefined : (value as T);
}

export const validityLabels: Record<Validity, string> = {
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  unverified: 'No validity claim',
};

/** Badge tone per state: good, warn, bad or neutral. */
export const validityTone: Record<Validity, Tone> = {
  valid: 'good',
  expiring: 'warn',
  expired: 'bad',
  'not-yet-valid': 'warn',
  unverified: 'neutral',
};

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

export const measureStatus: Record<'implemented' | 'planned', { label: string; tone: Tone }> = {
  implemented: { label: 'Implemented', tone: 'good' },
  planned: { label: 'Planned', tone: 'warn' },
};

export const measureType: Record<'technical' | 'organisational', string> = {
  technical: 'Technical',
  organisational: 'Organisational',
};

/** "audit-report" -> "Audit report". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 measure", "3 measures". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Shortens text at a word boundary to at most `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** Plural of a requirement label: "control" -> "controls", "category" -> "categories", "criterion" -> "criteria". */
export function pluralLabel(label: string): string {
  if (/criterion$/i.test(label)) return label.replace(/ion$/i, 'ia');
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}

/** "control" -> "Control". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  return text.replace(/\s+/g, ' ').trim().replace(/\b([\p{L}\p{N}]+)(\s+\1\b)+/giu, '$1');
}
