import type { Model } from '../content/model.ts';
import type { PublicView } from '../content/public-view.ts';
import { isUnknown } from '../schema/index.ts';
import type { ScannedFile } from './read-site.ts';
import { result, type CheckResult } from './result.ts';

/**
 * The leak guard for any content: strings that exist only in internal data (owners, locations and titles of
 * evidence customers may not see, internal, retired and draft measures, customer and internal answers) must appear
 * in no built file. The public
 * view cannot hold them by construction; this confirms it on the output, the way a curious reader would look.
 *
 * A string that also occurs in the public view is legitimately public and is not searched for, nor is one too
 * short to be told apart from ordinary words (under 8 characters unless it holds a digit, "-", "/" or ".").
 */
export function internalStrings(model: Model, view: PublicView): string[] {
  const found = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') found.add(value.replace(/\s+/g, ' ').trim());
  };
  for (const { data } of model.measures) {
    if (!isUnknown(data.owner)) add(data.owner);
    if (data.visibility === 'internal' || data.status === 'retired' || data.status === 'draft') {
      add(data.id);
      add(data.title);
    }
  }
  for (const entry of model.measures) {
    const { data } = entry;
    if (data.visibility !== 'internal' && data.status !== 'retired' && data.status !== 'draft') continue;
    for (const sentence of entry.body.source.split(/(?<=[.!?])\s+/)) if (sentence.trim().length >= 24) add(sentence);
  }
  // Answers: owners always; customer and internal answers entirely (the site only counts customer answers).
  for (const { data } of model.answers) {
    add(data.owner);
    if (data.visibility !== 'public') {
      add(data.question);
      add(data.explanation);
    }
  }
  for (const { data } of model.evidence) {
    add(data.owner);
    if (!/^https?:\/\//i.test(data.location) || data.visibility !== 'public') add(data.location);
    if (data.visibility !== 'public') {
      add(data.title);
      add(data.description);
    }
  }
  return keepDistinctive(found, view);
}

/**
 * Why each unknown fact is unknown ("Legal to supply the registered address"): notes to the authors, never shown on
 * the site or in exports. Draft PDFs print them on purpose, as the gaps legal reviews; released ones have none.
 */
export function unknownReasons(view: PublicView): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (isUnknown(value)) found.add(value.unknown.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(view);
  return keepDistinctive(found, view);
}

/** Drops needles that are public anyway (they occur in the view, reasons of unknown facts aside) or too short. */
function keepDistinctive(found: Set<string>, view: PublicView): string[] {
  const published = JSON.stringify(view, (_key, value: unknown) => (isUnknown(value) ? null : value)).toLowerCase();
  return [...found].filter((needle) => distinctive(needle) && !published.includes(needle.toLowerCase())).sort();
}

function distinctive(needle: string): boolean {
  return needle.length >= 8 || (needle.length >= 4 && /[\d\-/.]/.test(needle));
}

/** Every occurrence of any needle, as "file: needle" (case-insensitive, whitespace collapsed). */
export function findLeaks(files: readonly ScannedFile[], needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const { file, text } of files) {
    const haystack = text.replace(/\s+/g, ' ').toLowerCase();
    for (const needle of needles) if (haystack.includes(needle.toLowerCase())) hits.push(`${file}: ${needle}`);
  }
  return hits;
}

/** Internal strings in no file; the reasons of unknown facts in no file but draft PDFs (`notes`). */
export function checkLeaks(
  files: readonly ScannedFile[],
  needles: readonly string[],
  notes: { files: readonly ScannedFile[]; needles: readonly string[] },
): CheckResult {
  return result(`no internal string in any built file (${needles.length + notes.needles.length} searched in ${files.length} files)`, [
    ...findLeaks(files, needles),
    ...findLeaks(notes.files, notes.needles),
  ]);
}
