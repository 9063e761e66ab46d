import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';

/**
 * Reads every file of a built site as text, the way a crawler or a curious customer could: plain files as they
 * are, Pagefind's index and fragments (gzip) decompressed, PDFs as extracted text and metadata. The leak guard searches this text for internal strings.
 */
export interface ScannedFile {
  file: string;
  text: string;
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
      const bytes = readFileSync(full);
      out.push({ file: relative(dist, full), text: decode(bytes) });
    }
  };
  walk(dist);
  return out;
}

function decode(bytes: Buffer): string {
  // PDFs: the text a reader extracts, the metadata a viewer shows, and the raw bytes (XMP is stored uncompressed).
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    const info = execFileSync('pdfinfo', ['-meta', '-'], { input: bytes }).toString('utf8');
    return `${text}\n${info}\n${bytes.toString('latin1')}`;
  }
  // gzip magic number: Pagefind's .pf_fragment, .pf_index, .pf_meta and .pf_filter files.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('latin1') + '\n' + gunzipSync(bytes).toString('utf8');
    } catch {
      return bytes.toString('latin1');
    }
  }
  // Zip archives (the answers spreadsheet): the raw bytes and every entry's inflated text.
  if (bytes.readUInt32LE(0) === 0x04034b50) return `${bytes.toString('latin1')}\n${zipEntries(bytes).join('\n')}`;
  return bytes.toString('utf8');
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

/** Every occurrence of any needle, as "file: needle". */
export function findLeaks(files: readonly ScannedFile[], needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const { file, text } of files) {
    const lower = text.toLowerCase();
    for (const needle of needles) if (lower.includes(needle.toLowerCase())) hits.push(`${file}: ${needle}`);
  }
  return hits;
}
