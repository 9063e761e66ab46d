import { codeFingerprint } from '../../content/code-fingerprint.ts';

/** The code a PDF's bytes depend on: what the content means, what a document says, how it is laid out and signed. */
const FOLDERS = ['schema', 'content', 'documents', 'pdf'];

/**
 * A hash of the renderer: the sources and fonts the bytes of a PDF depend on, and the locked dependency versions.
 * Cached archive PDFs are keyed by it, so a build after a code change renders archived versions again (and the
 * release lock then tells whether they still come out the same) instead of serving what older code made.
 */
export function rendererFingerprint(): string {
  return codeFingerprint(FOLDERS);
}
