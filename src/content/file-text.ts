import { isUtf8 } from 'node:buffer';
import type { Finding } from './finding.ts';
import type { Position } from './position.ts';

/**
 * The text of a content file, checked for what a reviewer cannot see: bytes that are not UTF-8 (which a lenient
 * decoder silently turns into U+FFFD, and the build would sign into an annex) and characters that print nothing
 * or reorder what prints (NUL, control characters, bidirectional overrides and isolates, the "Trojan Source"
 * trick), which would reach the site and the signed PDF unseen in review.
 */

const lenient = new TextDecoder('utf-8');

/**
 * The file's text. When it is not valid UTF-8, a finding points at the first bad byte and the text is decoded with
 * replacement characters, so the rest of the file is still checked.
 */
export function decodeText(file: string, bytes: Buffer): { text: string; finding?: Finding } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8') };
  // Editors that "save as Unicode" write UTF-16 with a byte order mark. Read as UTF-8 its every other byte is a
  // NUL, one finding a line; read as what it is, the file gets one finding and the rest of its checks.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      finding: {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'text-encoding',
        message: `the file is not UTF-8: it is ${utf16.toUpperCase()} (it starts with that encoding's byte order mark)`,
        hint: 'save the file as UTF-8 (in the save dialog or the status bar of most editors: encoding UTF-8)',
      },
    };
  }
  const bad = firstInvalidByte(bytes);
  const position = positionAfter(lenient.decode(bytes.subarray(0, bad)));
  return {
    text: lenient.decode(bytes),
    finding: {
      file,
      ...position,
      severity: 'error',
      rule: 'text-encoding',
      message: `the file is not UTF-8: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} cannot be read as text`,
      hint: 'save the file as UTF-8 (the build would print a replacement character "�" in its place); check the characters around this point',
    },
  };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      // A truncated sequence: its lead byte is the one that cannot be read.
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

/** 1-based line and column of the character after `text`. */
function positionAfter(text: string): Position {
  const lineStart = text.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (text.charCodeAt(i) === 10) line++;
  return { line, column: text.length - lineStart + 1 };
}

/** Bidirectional embeddings, overrides and isolates by code point. Marks (U+200E, U+200F, U+061C) are allowed. */
const BIDI: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/**
 * C0 controls but tab, newline and the carriage return of a CRLF line end; DEL; C1 controls; bidi controls; the
 * noncharacters U+FFFE and U+FFFF (which the YAML parser refuses).
 */
const UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\r(?!\n)/g;
/** The same characters without the lookahead, so that a clean file is one fast scan (and one for "\r"). */
const UNSAFE_CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

/** Numeric character references, which MDX decodes: `&#x202E;` puts the override itself into the text. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

/** The name of a character this module refuses, such as "U+202E RIGHT-TO-LEFT OVERRIDE". */
export function describeCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (BIDI[code]) return `${hex} ${BIDI[code]}`;
  if (code === 0) return `${hex} NUL`;
  if (code === 0x0d) return `${hex} CARRIAGE RETURN (not followed by a newline)`;
  if (code === 0xfffe || code === 0xffff) return `${hex}, a noncharacter`;
  return `${hex}, a control character`;
}

export function isUnsafeCharacter(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    BIDI[code] !== undefined ||
    code === 0xfffe ||
    code === 0xffff
  );
}

const HINT =
  'delete it: such characters print nothing or reorder what prints, so the site and the signed PDF would say something a reviewer did not see (right-to-left text needs no control characters)';

/**
 * One finding per line that holds a refused character, written or, in MDX, as a numeric character reference.
 */
export function unsafeCharacters(file: string, text: string, markdown: boolean): Finding[] {
  // One scan of the whole text for the common case, a clean file; lines are looked at only when it is not.
  const clean = !UNSAFE_CONTROL.test(text) && !(text.includes('\r') && /\r(?!\n)/.test(text));
  if (clean && !(markdown && text.includes('&#'))) return [];
  const findings: Finding[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    // With its newline, so that the carriage return of a CRLF line end is seen as one.
    const line = index < lines.length - 1 ? `${lines[index]}\n` : lines[index]!;
    let found: { column: number; what: string } | undefined;
    for (const match of line.matchAll(UNSAFE)) {
      found = { column: match.index + 1, what: describeCharacter(match[0].charCodeAt(0)) };
      break;
    }
    if (markdown) {
      for (const match of line.matchAll(NUMERIC_REFERENCE)) {
        const code = match[1] ? parseInt(match[1], 16) : Number(match[2]);
        if (!isUnsafeCharacter(code) || (found && found.column < match.index + 1)) continue;
        found = { column: match.index + 1, what: `${match[0]} (the character reference for ${describeCharacter(code)})` };
        break;
      }
    }
    if (!found) continue;
    const count = (line.match(UNSAFE)?.length ?? 0) + (markdown ? [...line.matchAll(NUMERIC_REFERENCE)].length : 0);
    findings.push({
      file,
      line: index + 1,
      column: found.column,
      severity: 'error',
      rule: 'unsafe-character',
      message: `invisible character ${found.what}${count > 1 ? `; the line holds ${count} such characters` : ''}`,
      hint: HINT,
    });
  }
  return findings;
}

/**
 * Characters the YAML parser refuses outright (controls, and the noncharacters U+FFFE and U+FFFF); every one is
 * also reported by `unsafeCharacters`.
 */
const YAML_REFUSED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/g;

/**
 * The text for the YAML parser: each control character `unsafeCharacters` reports replaced by U+FFFD, one UTF-16
 * unit for one, so every position stays where it was. The parser refuses a file holding one ("null byte is not
 * allowed", at a position that is not the character's) and the whole item would be lost: its schema unchecked,
 * every reference to it reported as dangling. With the character reported once, where it is, the rest of the
 * file is checked as usual; the error stops the build all the same.
 */
export function yamlReadableText(text: string): string {
  return text.replace(YAML_REFUSED, '\uFFFD');
}

/**
 * Refused characters that YAML escapes put into values ("\u202E", "\0", "\x85" in double-quoted strings) without
 * them appearing in the file. Walks the parsed value without recursion; lines already reported are skipped.
 */
export function unsafeValueCharacters(
  file: string,
  value: unknown,
  locate: (path: readonly PropertyKey[]) => Position,
  reportedLines: ReadonlySet<number>,
): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  // YAML aliases share one value among many places: each is walked once, or nine aliases of nine could take hours.
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'object' && item.value !== null) {
      if (seen.has(item.value)) continue;
      seen.add(item.value);
    }
    if (typeof item.value === 'string') {
      const match = /[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/.exec(item.value);
      if (!match) continue;
      const position = locate(item.path);
      if (reportedLines.has(position.line)) continue;
      // A value's line breaks are newlines, whatever the file's line ends: an escaped "\r" (even in "\r\n") is a
      // carriage return of its own in the value, and the file-text wording ("not followed by a newline") would not fit.
      const code = match[0].charCodeAt(0);
      findings.push({
        file,
        ...position,
        severity: 'error',
        rule: 'unsafe-character',
        message: `invisible character ${code === 0x0d ? 'U+000D CARRIAGE RETURN' : describeCharacter(code)}, written as an escape in a quoted string`,
        hint: code === 0x0d ? 'write a line break in a value as \\n alone: "\\r" adds a carriage return to the text' : HINT,
      });
    } else if (item.value !== null && typeof item.value === 'object') {
      // Pushed in reverse, so values are visited in file order and a shared one is reported where it is written.
      const entries = Array.isArray(item.value) ? item.value.map((child, index) => [index, child] as const) : Object.entries(item.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...item.path, entries[i]![0]] });
    }
  }
  return findings;
}
