import { withFallbackFaces } from './fallback.ts';
import type { Measurer } from './measure.ts';
import type { Run } from './types.ts';

/** A piece of a line in one run's style, positioned from the line's start. */
export interface Fragment {
  run: Run;
  /** Text to draw; a line broken at a space keeps that space at its end so extracted words never run together. */
  text: string;
  x: number;
  /** Width of the visible text (a kept trailing space does not count). */
  width: number;
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

interface Piece {
  run: Run;
  text: string;
  width: number;
}

type Token = { kind: 'word'; pieces: Piece[]; width: number } | { kind: 'space'; run: Run; width: number } | { kind: 'break' };

/**
 * Characters after which a long word or URL may be broken when it does not fit on a line by itself. Not the
 * hyphen: text extraction (pdftotext) takes a line-final hyphen for hyphenation and deletes it.
 */
const softBreakAfter = new Set(['/', '.', '_', '?', '&', '=', '#', ':', ',', ';', '@', '+', '~', '|', '\\', ')']);

const EPSILON = 1e-6;

/**
 * Breaks runs into lines no wider than `width`: greedy, at spaces only, with runs of spaces collapsed to one.
 * No hyphen is ever inserted. A word (or URL) wider than the whole line is broken after a URL delimiter where
 * possible, else between characters, so nothing overflows the measure.
 */
export function wrapRuns(runs: readonly Run[], width: number, measurer: Measurer): Line[] {
  const tokens = tokenize(withFallbackFaces(runs, measurer), measurer);
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  let pendingSpace: Piece | undefined;

  const finish = (trailing: Piece | undefined) => {
    if (current.length === 0) return;
    // The trailing space is drawn but not measured: it only keeps words apart in extracted and tagged text.
    if (trailing) current.push({ ...trailing, width: 0 });
    lines.push(current);
    current = [];
    currentWidth = 0;
  };

  const place = (pieces: Piece[], pieceWidth: number) => {
    current.push(...pieces);
    currentWidth += pieceWidth;
  };

  for (const token of tokens) {
    if (token.kind === 'space') {
      if (current.length > 0) pendingSpace = { run: token.run, text: ' ', width: token.width };
      continue;
    }
    if (token.kind === 'break') {
      finish(pendingSpace ?? (current.length > 0 ? { run: current[current.length - 1]!.run, text: ' ', width: 0 } : undefined));
      pendingSpace = undefined;
      continue;
    }
    const spaceWidth = pendingSpace?.width ?? 0;
    if (current.length > 0 && currentWidth + spaceWidth + token.width <= width + EPSILON) {
      if (pendingSpace) place([pendingSpace], spaceWidth);
      place(token.pieces, token.width);
      pendingSpace = undefined;
      continue;
    }
    finish(pendingSpace);
    pendingSpace = undefined;
    if (token.width <= width + EPSILON) {
      place(token.pieces, token.width);
      continue;
    }
    const chunks = splitLongWord(token.pieces, width, measurer);
    for (const [index, chunk] of chunks.entries()) {
      place(chunk.pieces, chunk.width);
      if (index < chunks.length - 1) finish(undefined);
    }
  }
  finish(undefined);
  return lines.map(toLine);
}

/** Width of the widest word: the narrowest a column can be without breaking a word. */
export function widestWord(runs: readonly Run[], measurer: Measurer): number {
  let widest = 0;
  for (const token of tokenize(withFallbackFaces(runs, measurer), measurer))
    if (token.kind === 'word' && token.width > widest) widest = token.width;
  return widest;
}

function tokenize(runs: readonly Run[], measurer: Measurer): Token[] {
  const tokens: Token[] = [];
  let word: Piece[] = [];
  let wordWidth = 0;
  const endWord = () => {
    if (word.length > 0) tokens.push({ kind: 'word', pieces: word, width: wordWidth });
    word = [];
    wordWidth = 0;
  };
  for (const run of runs) {
    for (const part of run.text.split(/(\n|[ \t\r]+)/)) {
      if (part === '') continue;
      if (part === '\n') {
        endWord();
        tokens.push({ kind: 'break' });
      } else if (/^[ \t\r]+$/.test(part)) {
        endWord();
        tokens.push({ kind: 'space', run, width: measurer.width(' ', run.style) });
      } else {
        const pieceWidth = measurer.width(part, run.style);
        word.push({ run, text: part, width: pieceWidth });
        wordWidth += pieceWidth;
      }
    }
  }
  endWord();
  return tokens;
}

/** Splits a word wider than the line into chunks that fit, preferring breaks after URL delimiters. */
function splitLongWord(pieces: Piece[], width: number, measurer: Measurer): { pieces: Piece[]; width: number }[] {
  const chars: { run: Run; char: string; width: number }[] = [];
  for (const piece of pieces) {
    for (const char of piece.text) chars.push({ run: piece.run, char, width: measurer.width(char, piece.run.style) });
  }
  const chunks: { pieces: Piece[]; width: number }[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    let lastSoft = -1;
    while (end < chars.length && used + chars[end]!.width <= width + EPSILON) {
      used += chars[end]!.width;
      if (softBreakAfter.has(chars[end]!.char)) lastSoft = end + 1;
      end++;
    }
    if (end === start) end = start + 1; // a single glyph wider than the line: place it anyway
    // Prefer a delimiter break unless it would leave the line less than half full.
    if (end < chars.length && lastSoft > start && sumWidths(chars, start, lastSoft) >= width / 2) end = lastSoft;
    // Never end a line on a hyphen we did not choose (see softBreakAfter): move it to the next line.
    if (end < chars.length && end - 1 > start && chars[end - 1]!.char === '-') end--;
    chunks.push(regroup(chars.slice(start, end)));
    start = end;
  }
  return chunks;
}

function sumWidths(chars: { width: number }[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += chars[i]!.width;
  return total;
}

function regroup(chars: { run: Run; char: string; width: number }[]): { pieces: Piece[]; width: number } {
  const pieces: Piece[] = [];
  let total = 0;
  for (const c of chars) {
    const last = pieces[pieces.length - 1];
    if (last && last.run === c.run) {
      last.text += c.char;
      last.width += c.width;
    } else {
      pieces.push({ run: c.run, text: c.char, width: c.width });
    }
    total += c.width;
  }
  return { pieces, width: total };
}

/** Merges neighbouring pieces of the same run into fragments and positions them. */
function toLine(pieces: Piece[]): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const last = fragments[fragments.length - 1];
    if (last && last.run === piece.run) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      fragments.push({ run: piece.run, text: piece.text, x, width: piece.width });
    }
    x += piece.width;
  }
  // A kept trailing space has zero width, so the line's width is the position after its last visible glyph.
  return { fragments, width: x };
}
