import { diffArrays } from 'diff';

/** One run of a word diff: text both sides share, or text only the old or only the new side has. */
export interface WordPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Whole words (with inner hyphens, dots and apostrophes, so "AES-256", "TLS 1.2" and "customer’s" stay whole),
 * runs of whitespace, and single punctuation marks. A changed number then reads "~~AES-256~~ **AES-128**", not
 * "AES-~~256~~ **128**", which is what a lawyer comparing two sentences expects.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’./][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Word-level diff of two texts. Changes separated only by whitespace are merged into one replacement, so a
 * rewritten phrase shows as one struck-out phrase followed by one new phrase instead of alternating word by word.
 * The parts always add up: the same and removed parts give the old text, the same and added parts the new one.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const raw: WordPart[] = diffArrays(tokenize(before), tokenize(after)).map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
  return mergeReplacements(raw);
}

function mergeReplacements(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  let pendingSpace = '';
  const flush = () => {
    if (removed) out.push({ type: 'removed', text: removed });
    if (added) out.push({ type: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.type !== 'same') {
      if (pendingSpace) {
        // Whitespace between two changes is in both texts, so it joins both sides of the merged replacement.
        removed += pendingSpace;
        added += pendingSpace;
        pendingSpace = '';
      }
      if (part.type === 'removed') removed += part.text;
      else added += part.text;
      return;
    }
    const next = parts[index + 1];
    const between = (removed || added) && /^\s+$/.test(part.text) && next !== undefined && next.type !== 'same';
    if (between) {
      pendingSpace = part.text;
      return;
    }
    flush();
    push(out, { type: 'same', text: pendingSpace + part.text });
    pendingSpace = '';
  });
  flush();
  if (pendingSpace) push(out, { type: 'same', text: pendingSpace });
  return out;
}

function push(out: WordPart[], part: WordPart): void {
  const last = out.at(-1);
  if (last && last.type === part.type) last.text += part.text;
  else out.push(part);
}

/** Whether a diff changes anything. */
export function hasChanges(parts: readonly WordPart[]): boolean {
  return parts.some((part) => part.type !== 'same');
}
