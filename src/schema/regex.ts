/** A word character in every script: letters, combining marks, digits and the underscore. */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/** A word boundary that knows umlauts and ß (JavaScript's `\b` is ASCII-only even with the `u` flag). */
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/**
 * Rewrites every `\b` outside a character class as a Unicode word boundary, so that the patterns authors write in
 * lint.yaml (`\bübliche\b`) mean what they read as. `\\b` (a backslash and a "b") and `[\b]` stay as they are.
 * Compile the result with the `u` flag.
 */
export function unicodeBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      out += next === 'b' && !inClass ? BOUNDARY : char + next;
      i++;
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}
