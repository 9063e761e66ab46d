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
  let length = bytes[offset + 1]!;
  let contentStart = offset + 2;
  if (length === 0x80) throw new DerError('indefinite lengths are not DER');
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4 || contentStart + count > bytes.length) throw new DerError('bad DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
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
    out.push(child);
    offset = child.end;
  }
  return out;
}

export const content = (bytes: Uint8Array, node: DerNode) => bytes.subarray(node.contentStart, node.end);
export const whole = (bytes: Uint8Array, node: DerNode) => bytes.subarray(node.start, node.end);

/** Decodes an OBJECT IDENTIFIER's content bytes to dotted form. */
export function oidOf(bytes: Uint8Array, node: DerNode): string {
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
