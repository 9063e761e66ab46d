import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';

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
  // Zip archives (the answers spreadsheet): the raw bytes and every entry's inflated text.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50)
    return { text: `${bytes.toString('latin1')}\n${zipEntries(bytes).join('\n')}` };
  return { text: bytes.toString('utf8') };
}

/** The text of every stored or deflated entry of a zip, read from its local headers. */
function zipEntries(bytes: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + size);
    out.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at = start + size;
  }
  return out;
}
