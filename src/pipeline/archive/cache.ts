import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentContent } from '../../documents/types.ts';

/** A rendered PDF kept between builds, with what it was made from. */
export interface CachedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The document content the PDF shows (for redlines and for the content hash check). */
  content?: DocumentContent;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The archive's cache under `.cache/archive/`: rendered PDFs by a key of everything their bytes depend on (the
 * commit, document, version, build date, signing key and renderer), and every PDF published so far by its
 * SHA-256, so a build can recover bytes that the renderer no longer reproduces. Writes go through a temporary
 * file and a rename: a killed build never leaves half a PDF behind.
 */
export class ArchiveCache {
  readonly #dir: string;
  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, 'archive');
  }

  #path(key: object, extension: string): string {
    return join(this.#dir, 'renders', `${sha256(Buffer.from(JSON.stringify(key)))}${extension}`);
  }

  get(key: object): CachedPdf | undefined {
    const pdf = this.#path(key, '.pdf');
    const meta = this.#path(key, '.json');
    if (!existsSync(pdf) || !existsSync(meta)) return undefined;
    try {
      const { pages, content } = JSON.parse(readFileSync(meta, 'utf8')) as Omit<CachedPdf, 'bytes'>;
      return { bytes: readFileSync(pdf), pages, ...(content ? { content } : {}) };
    } catch {
      return undefined;
    }
  }

  put(key: object, value: CachedPdf): void {
    write(this.#path(key, '.pdf'), value.bytes);
    write(this.#path(key, '.json'), JSON.stringify({ key, pages: value.pages, ...(value.content ? { content: value.content } : {}) }));
  }

  /** Keeps a published PDF by its SHA-256. */
  keepPublished(bytes: Uint8Array): void {
    const path = join(this.#dir, 'published', `${sha256(bytes)}.pdf`);
    if (!existsSync(path)) write(path, bytes);
  }

  /** A PDF published before, by its SHA-256. */
  published(hash: string): Uint8Array | undefined {
    const path = join(this.#dir, 'published', `${hash}.pdf`);
    return existsSync(path) ? readFileSync(path) : undefined;
  }
}

function write(path: string, data: Uint8Array | string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
