import type { Validity } from '../schema/public.ts';
import { isUnknown } from '../schema/common.ts';

/** What the site prints for a fact the content marks `{ unknown: ... }`. The reason stays internal to the repo. */
export const NOT_PROVIDED = 'Not yet provided';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-02" -> "2 November 2026". Dates are calendar days, so formatting is pinned to UTC. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** A known value, or "Not yet provided". */
export function known<T>(value: T | { unknown: string }, show: (value: T) => string = String): string {
  return isUnknown(value) ? NOT_PROVIDED : show(value as T);
}

export const validityLabels: Record<Validity, string> = {
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  unverified: 'Validity not verified',
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

/** Percentage rounded down, so that 99.6 % never reads as 100 %. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 100);
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
