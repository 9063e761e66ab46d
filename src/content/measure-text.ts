import { createHash } from 'node:crypto';
import type { MeasureEntry } from './entry.ts';
import type { Model } from './model.ts';
import { publicBodyText, toPublicBody } from './to-public-body.ts';

/**
 * What a reader of a measure sees as its words: the title and the public text of the body, exactly as the diff
 * compares them (src/diff/measures.ts) and the site prints them. Adding an <Acknowledge>, editing the owner or the
 * mappings leaves it unchanged; rewording a sentence changes it.
 */
export function measurePublicText(entry: MeasureEntry, model: Model): { title: string; text: string } | undefined {
  const parsed = entry.body.parse();
  if (!parsed.ok) return undefined;
  const body = toPublicBody(parsed.tree, (id) => {
    const evidence = model.index.evidence.get(id)?.data;
    if (evidence?.visibility !== 'public') return undefined;
    return { title: evidence.title, ...(/^https?:\/\//i.test(evidence.location) ? { url: evidence.location } : {}) };
  });
  return { title: entry.data.title, text: publicBodyText(body) };
}

/**
 * 12 hex digits of SHA-256 over a measure's title and public text, with every run of white space read as one space
 * (re-wrapping a paragraph changes no word): what an answer records as the text it was reviewed against.
 */
export function textHashOf(words: { title: string; text: string }): string {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${normal(words.title)}\n${normal(words.text)}`)
    .digest('hex')
    .slice(0, 12);
}

const cache = new WeakMap<Model, Map<string, string | null>>();

/**
 * The text hash of a measure in this model (memoised per model: many answers rely on the same measure), or
 * undefined when the measure does not exist or its body does not parse (reported by body-syntax).
 */
export function measureTextHash(model: Model, measureId: string): string | undefined {
  let hashes = cache.get(model);
  if (!hashes) cache.set(model, (hashes = new Map()));
  if (!hashes.has(measureId)) {
    const entry = model.index.measures.get(measureId);
    const words = entry && measurePublicText(entry, model);
    hashes.set(measureId, words ? textHashOf(words) : null);
  }
  return hashes.get(measureId) ?? undefined;
}

/** A text hash as it must be written in YAML: quoted when YAML would read it as a number (all digits, or 12e34). */
export function yamlHash(hash: string): string {
  return /^\d+(?:e\d+)?$/.test(hash) ? `"${hash}"` : hash;
}
