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
  return replaceBoundaries(source, BOUNDARY);
}

/**
 * Whether `source` compiles once its `\b` are rewritten by `unicodeBoundaries`. The check compiles the same shape
 * with a one-character class in place of the Unicode word class: validity depends on the shape only, and a pattern
 * with Unicode property classes takes about a millisecond to compile.
 */
export function compilesWithBoundaries(source: string): boolean {
  try {
    new RegExp(replaceBoundaries(source, BOUNDARY_SHAPE), 'giu');
    return true;
  } catch {
    return false;
  }
}

const BOUNDARY_SHAPE = BOUNDARY.replaceAll(WORD, '[_]');

function replaceBoundaries(source: string, boundary: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      out += next === 'b' && !inClass ? boundary : char + next;
      i++;
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}

/**
 * A pattern that matches wherever `source` can match, and more: word boundaries and lookaround groups dropped (a
 * dropped assertion can only let more through). It runs many times faster than the Unicode-boundary pattern on text
 * that holds no candidate, so it is a cheap first test before the exact one. Compile it with the `u` flag.
 */
export function looseSuperset(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (!(next === 'b' && !inClass)) out += char + next;
      i++;
    } else if (!inClass && char === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      i = closingParen(source, i);
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}

/** Index of the parenthesis closing the group that opens at `open`, escapes and character classes respected. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return source.length;
}
