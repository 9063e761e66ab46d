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
  const body = toPublicBody(parsed.tree, (id) => citedEvidence(model, id));
  return { title: entry.data.title, text: publicBodyText(body) };
}

/** What a body's citation of evidence `id` shows: the title and link of public evidence, nothing of the rest. */
function citedEvidence(model: Model, id: string): { title: string; url?: string } | undefined {
  const evidence = model.index.evidence.get(id)?.data;
  if (evidence?.visibility !== 'public') return undefined;
  return { title: evidence.title, ...(/^https?:\/\//i.test(evidence.location) ? { url: evidence.location } : {}) };
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
    hashes.set(measureId, entry ? (keptTextHash(model, entry) ?? null) : null);
  }
  return hashes.get(measureId) ?? undefined;
}

/**
 * The text hash, taken from the values kept between runs when nothing it depends on changed. Working it out
 * needs the body's tree, and a body citing evidence needs the MDX parser (0.2 s to load): a run after editing one
 * measure should not pay that for the measures it did not touch. The key names every input of the public text:
 * the title, the body and its first line, and what each cited evidence shows (its title and link, or nothing when
 * it is not public). Bodies only the parser can read (no quick reading: the citations are not known) are not kept.
 */
function keptTextHash(model: Model, entry: MeasureEntry): string | undefined {
  const reading = model.derived ? entry.body.quick() : undefined;
  const key =
    reading &&
    JSON.stringify([
      'measure-text-hash',
      entry.data.title,
      entry.body.line,
      entry.body.source,
      reading.components
        .filter((use) => use.name === 'EvidenceRef')
        .map((use) => [use.props.id, citedEvidence(model, use.props.id ?? '') ?? null]),
    ]);
  const kept = key ? model.derived!.get(key) : undefined;
  if (kept !== undefined) return kept;
  const words = measurePublicText(entry, model);
  const hash = words ? textHashOf(words) : undefined;
  if (key && hash) model.derived!.set(key, hash);
  return hash;
}

/** A text hash as it must be written in YAML: quoted when YAML would read it as a number (all digits, or 12e34). */
export function yamlHash(hash: string): string {
  return /^\d+(?:e\d+)?$/.test(hash) ? `"${hash}"` : hash;
}
