/**
 * A PDF grows by incremental updates, each ending in a `%%EOF` line; a signature covers the file up to the end of
 * one revision. These helpers find those ends by the markers, as readers do.
 */
const MARKER = /%%EOF(?:\r\n|\r|\n)?/g;

/** Offsets just past each `%%EOF` marker and its end-of-line, in file order. */
export function revisionEnds(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return [...text.matchAll(MARKER)].map((m) => m.index + m[0].length);
}

/** 1-based number of the revision that ends at or before `offset` (0 when none does). */
export function revisionAt(bytes: Uint8Array, offset: number): number {
  return revisionEnds(bytes.subarray(0, offset)).length;
}
