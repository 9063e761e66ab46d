import { createHash } from 'node:crypto';
import { type PDFDocument, type PDFFont, PDFHexString } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { loadFonts } from '../fonts/fonts.ts';
import { type FontKey, fontKeys } from '../layout/types.ts';

/** What pdf-lib's subsetting embedder keeps; read here to encode glyphs without its per-call text shaping. */
interface SubsetEmbedder {
  font: { glyphForCodePoint(codePoint: number): { id: number } };
  subset: { includeGlyph(glyph: { id: number }): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

export interface EmbeddedFont {
  font: PDFFont;
  /** Encodes text as glyph ids of the subset, one glyph per code point. */
  encode(text: string): PDFHexString;
}

/**
 * Embeds each face the pages use, once, subset, in a fixed order, under a subset name ("ABCDEF+NotoSerif")
 * derived from the document's content hash: the name is stable from build to build, and pdffonts reports the
 * font as a subset. Faces no text uses (the fallbacks, usually) stay out of the file.
 */
export async function embedFonts(
  doc: PDFDocument,
  seed: string,
  used: ReadonlySet<FontKey>,
): Promise<Partial<Record<FontKey, EmbeddedFont>>> {
  doc.registerFontkit(fontkit);
  const { bytes, faces } = loadFonts();
  const out: Partial<Record<FontKey, EmbeddedFont>> = {};
  for (const key of fontKeys.filter((k) => used.has(k))) {
    const name = `${subsetTag(seed, key)}+${faces[key].postscriptName ?? key}`;
    const font = await doc.embedFont(bytes[key], { subset: true, customName: name });
    out[key] = { font, encode: encoder(font) };
  }
  return out;
}

function subsetTag(seed: string, key: string): string {
  const digest = createHash('sha256').update(`${seed}/${key}`).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * pdf-lib's own `encodeText` runs the full OpenType shaper on every call: slow (about 100 µs a line) and free to
 * substitute ligatures, which would make drawn widths differ from measured ones. Layout measures one glyph per
 * code point, so this encoder includes exactly those glyphs in the subset, the same bookkeeping as pdf-lib's
 * CustomFontSubsetEmbedder.encodeText (pdf-lib 1.17.1, pinned) without the shaping. The ToUnicode map pdf-lib
 * writes from these glyphs maps each back to its code point.
 */
function encoder(font: PDFFont): (text: string) => PDFHexString {
  const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
  const cache = new Map<number, string>();
  return (text) => {
    let hex = '';
    let added = false;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      let code = cache.get(codePoint);
      if (code === undefined) {
        const glyph = embedder.font.glyphForCodePoint(codePoint);
        const subsetId = embedder.subset.includeGlyph(glyph);
        embedder.glyphs[subsetId - 1] = glyph;
        embedder.glyphIdMap.set(glyph.id, subsetId);
        code = subsetId.toString(16).padStart(4, '0');
        cache.set(codePoint, code);
        added = true;
      }
      hex += code;
    }
    if (added) embedder.glyphCache.invalidate();
    return PDFHexString.of(hex);
  };
}
