/**
 * Where a character of a YAML string is written. A finding inside a long answer explanation ("regularly" in the
 * third line of a folded `>-` block) should point at the word, not at the `explanation:` key, so that an engineer
 * can jump to it. The written form is matched to the value character by character: every character that is not
 * white space must be the same in both, in order, and a run of white space in the value must be a run of white space
 * in the text (a folded line break, an indentation). That holds for plain, quoted and block scalars written without
 * escapes; at the first disagreement (an escape such as `\n` or `''`, a line continuation) the answer is undefined
 * and the caller points at the field as before. Because every compared character agrees, an answer given is exact.
 */

const SPACE = /\s/;

/**
 * The offset in `text` of character `index` of `value`, the string whose written form starts at `valueStart` (its
 * first character, a quote, or the `|`/`>` header of a block scalar), or undefined when the two cannot be matched.
 */
export function scalarCharOffset(text: string, valueStart: number, value: string, index: number): number | undefined {
  if (index < 0 || index > value.length) return undefined;
  let j = valueStart;
  const opener = text[j];
  if (opener === '"' || opener === "'") j++;
  else if (opener === '|' || opener === '>') {
    // The header line (`>-`, `|2`, a comment) holds no character of the value.
    const lineEnd = text.indexOf('\n', j);
    if (lineEnd === -1) return undefined;
    j = lineEnd + 1;
  }
  // The value starts after the indentation of its first line (or after a quote, with no white space to skip).
  while (j < text.length && SPACE.test(text[j]!) && !SPACE.test(value[0] ?? '')) j++;
  let i = 0;
  while (i < index) {
    const wanted = value[i]!;
    if (SPACE.test(wanted)) {
      // A run of white space in the value is a run in the text: one space may be a line break and an indentation.
      if (j >= text.length || !SPACE.test(text[j]!)) return undefined;
      while (i < index && SPACE.test(value[i]!)) i++;
      while (j < text.length && SPACE.test(text[j]!)) j++;
      continue;
    }
    if (text[j] !== wanted) return undefined;
    i++;
    j++;
  }
  if (index < value.length && !SPACE.test(value[index]!) && text[j] !== value[index]) return undefined;
  return j;
}

/**
 * Where the value of the field whose key starts at `keyOffset` starts: after `key:` and the spaces that follow,
 * or, when the value begins on a later line, at that line's first character. Undefined for a quoted key (its `:` may
 * be inside the quotes) or no `:` on the key's line.
 */
export function valueStartAfterKey(text: string, keyOffset: number): number | undefined {
  if (text[keyOffset] === '"' || text[keyOffset] === "'") return undefined;
  const lineEnd = text.indexOf('\n', keyOffset);
  const line = text.slice(keyOffset, lineEnd === -1 ? text.length : lineEnd);
  const colon = /:(?=\s|$)/.exec(line);
  if (!colon) return undefined;
  let j = keyOffset + colon.index + 1;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (text[j] === '#' || text[j] === '\n' || text[j] === '\r') {
    // A plain scalar continued on the next lines: start there (the matching skips the indentation).
    const next = text.indexOf('\n', j);
    return next === -1 ? undefined : next + 1;
  }
  return j;
}
