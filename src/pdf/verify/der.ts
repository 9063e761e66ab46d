/** One DER element: its tag byte, where its header and content start, and where it ends. */
export interface DerNode {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

export class DerError extends Error {}

/**
 * Reads the element at `offset`. A deliberately small DER reader for the verifier: it keeps exact byte offsets,
 * so the signed attributes can be checked over the very bytes the signer signed, not over a re-encoding.
 */
export function readDer(bytes: Uint8Array, offset = 0): DerNode {
  if (offset + 2 > bytes.length) throw new DerError('truncated DER element');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte DER tags are not supported');
  // Tag 0 is BER's end-of-contents marker, never an element: zero padding read as "elements" must not parse.
  if (tag === 0) throw new DerError('tag 0 is not a DER element');
  let length = bytes[offset + 1]!;
  let contentStart = offset + 2;
  if (length === 0x80) throw new DerError('indefinite lengths are not DER');
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4 || contentStart + count > bytes.length) throw new DerError('bad DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
    // DER has one encoding per length, the shortest: a second spelling of the same value would be an unsigned
    // byte of a signature that could change without the verifier noticing.
    if (length < 0x80 || bytes[contentStart] === 0) throw new DerError('a DER length is not in its shortest form');
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > bytes.length) throw new DerError('DER element runs past the end of the data');
  return { tag, start: offset, contentStart, end };
}

/** The elements inside a constructed element. */
export function children(bytes: Uint8Array, node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let offset = node.contentStart;
  while (offset < node.end) {
    const child = readDer(bytes, offset);
    // A child that runs past its parent is an altered length, not DER: refuse it rather than read on.
    if (child.end > node.end) throw new DerError('DER element runs past its parent');
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** The element's content bytes, as a Buffer view (no copy). */
export const content = (bytes: Uint8Array, node: DerNode) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + node.contentStart, node.end - node.contentStart);
/** The whole element, header included, as a Buffer view (no copy). */
export const whole = (bytes: Uint8Array, node: DerNode) => Buffer.from(bytes.buffer, bytes.byteOffset + node.start, node.end - node.start);

const OBJECT_IDENTIFIER = 0x06;

/** Decodes an OBJECT IDENTIFIER's content bytes to dotted form. */
export function oidOf(bytes: Uint8Array, node: DerNode): string {
  if (node.tag !== OBJECT_IDENTIFIER) throw new DerError('expected an OBJECT IDENTIFIER');
  const data = content(bytes, node);
  const parts: number[] = [];
  let value = 0;
  for (const byte of data) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/**
 * A UTCTime (tag 0x17, "YYMMDDHHMMSSZ") or GeneralizedTime (0x18, "YYYYMMDDHHMMSS[.f]Z") as a Date. Strict: only
 * the UTC forms DER allows, and every field in range; anything else throws, so a malformed certificate validity
 * is a one-line reason, never an invalid Date.
 */
export function timeOf(bytes: Uint8Array, node: DerNode): Date {
  const value = Buffer.from(content(bytes, node)).toString('latin1');
  const m =
    node.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(value)
      : node.tag === 0x18
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(value)
        : null;
  if (!m) throw new DerError('malformed time');
  const [, y, mo, d, h, mi, s, fraction] = m;
  // RFC 5280: two-digit years 50-99 are 19xx, 00-49 are 20xx.
  const year = node.tag === 0x17 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y);
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const date = new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
  const roundTrips =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi);
  if (!roundTrips || Number(s) > 59) throw new DerError('malformed time');
  return date;
}
