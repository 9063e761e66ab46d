/**
 * German joins nouns into one word ("Transportverschlüsselung"), and a search index that knows only whole words
 * cannot find it by its parts ("Verschlüsselung"). Pagefind matches whole words and prefixes, never the inside of a
 * word, so the index is given the parts as well: a long word is split where both sides are words the same
 * language's records use on their own, allowing the linking letters German puts between parts (Fugen-s, -es, -n,
 * -en: "Sicherheits|konzept"). The dictionary is the content itself, so the split never invents a word the content
 * does not contain, and a word the content never uses alone stays whole.
 */

/** Parts shorter than this are not words of their own ("ab", "an", "ein"). */
const MIN_PART = 4;
/** Words shorter than this are not split. */
const MIN_COMPOUND = 9;
const LINKING = ['', 's', 'es', 'n', 'en'];
/** Endings an inflected last part may carry ("Sicherheitskonzepts": konzept + s). */
const ENDINGS = ['', 's', 'es', 'n', 'en', 'e'];

/** The lower-case words of a text: letters (umlauts and ß included) only. */
export function words(text: string): string[] {
  return text.toLocaleLowerCase('de').match(/\p{L}+/gu) ?? [];
}

/**
 * A splitter over the vocabulary of `texts`: `split(word)` returns the parts of a compound the vocabulary knows
 * ("transportverschlüsselung" -> ["transport", "verschlüsselung"]), or an empty list.
 */
export function compoundSplitter(texts: readonly string[]): (word: string) => string[] {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of words(text)) if (word.length >= MIN_PART) vocabulary.add(word);
  const memo = new Map<string, string[] | null>();
  // The longest known word that ends the compound, then the rest split again (or known as a whole).
  const split = (word: string, depth: number): string[] | null => {
    const key = `${depth}:${word}`;
    if (memo.has(key)) return memo.get(key)!;
    let found: string[] | null = null;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART && !found; cut++) {
      const rest = word.slice(cut);
      const ending = ENDINGS.find(
        (end) => rest.endsWith(end) && rest.length - end.length >= MIN_PART && vocabulary.has(rest.slice(0, rest.length - end.length)),
      );
      if (ending === undefined) continue;
      const tail = rest.slice(0, rest.length - ending.length);
      const head = word.slice(0, cut);
      for (const link of LINKING) {
        if (!head.endsWith(link)) continue;
        const stem = link ? head.slice(0, -link.length) : head;
        if (stem.length < MIN_PART) continue;
        if (vocabulary.has(stem)) {
          found = [stem, tail];
          break;
        }
        const inner = depth < 3 ? split(stem, depth + 1) : null;
        if (inner) {
          found = [...inner, tail];
          break;
        }
      }
    }
    memo.set(key, found);
    return found;
  };
  return (word) => (word.length >= MIN_COMPOUND ? (split(word.toLocaleLowerCase('de'), 0) ?? []) : []);
}

/** The parts of every compound in `text` that the splitter knows, once each. */
export function compoundParts(text: string, split: (word: string) => string[]): string[] {
  const parts = new Set<string>();
  for (const word of words(text)) for (const part of split(word)) parts.add(part);
  return [...parts];
}
