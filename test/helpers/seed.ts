import { readFileSync } from 'node:fs';

/**
 * The source document, test/fixtures/seed/tom-annex-ii.txt, read as a title line, then headings (lines without final
 * punctuation), each followed by paragraphs of sentences. Shared by the content fidelity test and the PDF test that
 * reads every sentence back out of Annex II.
 */
export const SEED_FILE = new URL('../fixtures/seed/tom-annex-ii.txt', import.meta.url).pathname;

/** Collapses every run of whitespace (including the seed's narrow no-break space) to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Case-insensitive comparison key with s/z folding: "authorization" and "authorisation" compare equal. */
export function fold(text: string): string {
  return collapse(text).toLowerCase().replace(/z/g, 's');
}

export const sentenceEnd = /[.!?][”’")]*$/;

/**
 * Splits a paragraph into sentences: at whitespace after ".", "!" or "?" (and any closing quote or bracket) when
 * the next word starts a sentence. "e.g. remote", "(“TLS”)." and "Dreamdata.io’s" stay whole; the guard below
 * rejoins the rare abbreviation followed by a capital.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const piece of collapse(paragraph).split(/(?<=[.!?][”’")]*)\s+(?=[A-Z“"(])/)) {
    const previous = sentences.at(-1);
    if (previous !== undefined && /\b(e\.g|i\.e|etc)\.$/i.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else if (piece) sentences.push(piece);
  }
  return sentences;
}

export interface SeedSentence {
  text: string;
  /** Heading of the section the sentence stands under. */
  heading: string;
}

export interface Seed {
  title: string;
  headings: string[];
  sentences: SeedSentence[];
}

/** The seed is a title line, then headings (no final punctuation) each followed by paragraphs of sentences. */
export function readSeed(text: string): Seed {
  const [title = '', ...paragraphs] = text.split(/\r?\n/).map(collapse).filter(Boolean);
  const headings: string[] = [];
  const sentences: SeedSentence[] = [];
  for (const paragraph of paragraphs) {
    if (!sentenceEnd.test(paragraph)) {
      headings.push(paragraph);
      continue;
    }
    const heading = headings.at(-1);
    if (heading === undefined) throw new Error(`seed paragraph before any heading: ${paragraph}`);
    for (const sentence of splitSentences(paragraph)) sentences.push({ text: sentence, heading });
  }
  return { title, headings, sentences };
}

/** The seed as shipped in the repository. */
export function seed(): Seed {
  return readSeed(readFileSync(SEED_FILE, 'utf8'));
}
