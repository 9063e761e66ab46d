import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads every file of a built site as text, the way a crawler or a curious customer could: plain files as they
 * are, Pagefind's index and fragments (gzip) decompressed, PDFs as extracted text and metadata (with poppler's
 * pdftotext and pdfinfo; without poppler only the PDF's raw bytes, which hold the metadata but not the page text).
 * The leak guard searches this text for internal strings.
 */
export interface ScannedFile {
  file: string;
  text: string;
  /** A PDF whose page text could not be extracted (poppler is not installed). */
  partial?: boolean;
}

export function readBuiltSite(dist: string): ScannedFile[] {
  const out: ScannedFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      out.push({ file: relative(dist, full), ...decode(readFileSync(full)) });
    }
  };
  walk(dist);
  return out;
}

function decode(bytes: Buffer): { text: string; partial?: boolean } {
  // PDFs: the text a reader extracts, the metadata a viewer shows, and the raw bytes (XMP is stored uncompressed).
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
      const info = execFileSync('pdfinfo', ['-meta', '-'], { input: bytes }).toString('utf8');
      return { text: `${text}\n${info}\n${bytes.toString('latin1')}` };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return { text: bytes.toString('latin1'), partial: true };
    }
  }
  // gzip magic number: Pagefind's .pf_fragment, .pf_index, .pf_meta and .pf_filter files.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return { text: gunzipSync(bytes).toString('latin1') + '\n' + gunzipSync(bytes).toString('utf8') };
    } catch {
      return { text: bytes.toString('latin1') };
    }
  }
  return { text: bytes.toString('utf8') };
}
