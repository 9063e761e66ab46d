import type { WordPart } from '../documents/word-diff.ts';

/**
 * Escapes text from content for GitHub-flavoured Markdown, so a measure that contains "*", "|", "<b>" or a line
 * starting with "1." shows as written in a pull-request comment and cannot inject markup or HTML. Only characters
 * that would change the rendering are escaped, so the report stays readable in a terminal too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A word diff as Markdown paragraphs: deleted words ~~struck out~~, inserted words in **bold**, the rest as written.
 * Markers never span a paragraph break and never start or end with a space (GitHub would show them literally).
 */
export function wordDiffMarkdown(parts: readonly WordPart[]): string[] {
  const paragraphs: string[] = [''];
  let previous: WordPart['type'] | undefined;
  for (const part of parts) {
    // "~~old~~ **new**" reads as a replacement; without the space the two run together.
    if (part.type === 'added' && previous === 'removed') paragraphs[paragraphs.length - 1] += ' ';
    previous = part.type;
    const pieces = part.text.split(/(\n+)/);
    for (const piece of pieces) {
      if (/^\n+$/.test(piece)) {
        // A removed paragraph break is dropped; a kept or added one starts a new paragraph.
        if (part.type !== 'removed') paragraphs.push('');
        continue;
      }
      if (piece === '') continue;
      paragraphs[paragraphs.length - 1] += mark(piece, part.type);
    }
  }
  // Spaces kept outside the markers on both sides of a replacement would otherwise double up.
  return paragraphs.map((paragraph) => paragraph.replace(/[ \t]{2,}/g, ' ').trim()).filter((paragraph) => paragraph !== '');
}

function mark(text: string, type: WordPart['type']): string {
  if (type === 'same') return escapeMarkdown(text);
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, lead = '', core = '', trail = ''] = match;
  if (core === '') return type === 'added' ? text : '';
  const marker = type === 'added' ? '**' : '~~';
  return `${lead}${marker}${escapeMarkdown(core)}${marker}${trail}`;
}

/** Paragraphs as a Markdown block quote, indented to sit inside a list item when `indent` is given. */
export function quote(paragraphs: readonly string[], indent = ''): string[] {
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push(`${indent}>`);
    for (const line of paragraph.split('\n')) out.push(`${indent}> ${line}`);
  });
  return out;
}

/** Plain text as escaped Markdown paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => escapeMarkdown(paragraph.trim()))
    .filter((paragraph) => paragraph !== '');
}
