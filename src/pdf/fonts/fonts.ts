import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { FaceMetrics, FontMetrics } from '../layout/measure.ts';
import { type FontKey, fontKeys } from '../layout/types.ts';

/** The committed TrueType file of each face (Noto: SIL OFL 1.1, OFL.txt; DejaVu: LICENSE-DejaVu.txt). */
const fontFiles: Record<FontKey, string> = {
  serif: 'NotoSerif-Regular.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
  serifBoldItalic: 'NotoSerif-BoldItalic.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
  mono: 'NotoSansMono-Regular.ttf',
  math: 'NotoSansMath-Regular.ttf',
  // Not Noto Sans Symbols 2: fontkit 1.1.1 drops its ✓ and ✔ outlines when subsetting. DejaVu Sans subsets cleanly.
  symbols: 'DejaVuSans.ttf',
};

export type Face = ReturnType<typeof fontkit.create>;

interface Loaded {
  bytes: Record<FontKey, Uint8Array>;
  faces: Record<FontKey, Face>;
  metrics: FontMetrics;
}

let loaded: Loaded | undefined;

/**
 * Reads and parses the fonts once per process. The files never change while a process runs, so every document
 * rendered by it shares the parsed faces and, through `metrics`, one set of glyph widths.
 */
export function loadFonts(): Loaded {
  if (loaded) return loaded;
  const bytes = {} as Record<FontKey, Uint8Array>;
  const faces = {} as Record<FontKey, Face>;
  const metrics = {} as Record<FontKey, FaceMetrics>;
  for (const key of fontKeys) {
    bytes[key] = readFileSync(new URL(fontFiles[key], import.meta.url));
    const face = fontkit.create(bytes[key]);
    faces[key] = face;
    metrics[key] = faceMetrics(face, fontFiles[key].replace(/\.ttf$/, ''));
  }
  loaded = { bytes, faces, metrics };
  return loaded;
}

function faceMetrics(face: Face, name: string): FaceMetrics {
  const advances = new Map<number, number | undefined>();
  return {
    name,
    unitsPerEm: face.unitsPerEm,
    ascent: face.ascent,
    descent: face.descent,
    advance(codePoint) {
      if (advances.has(codePoint)) return advances.get(codePoint);
      // Glyph 0 is .notdef: the face has no glyph for this character.
      const glyph = face.hasGlyphForCodePoint(codePoint) ? face.glyphForCodePoint(codePoint) : undefined;
      const advance = glyph && glyph.id !== 0 ? glyph.advanceWidth : undefined;
      advances.set(codePoint, advance);
      return advance;
    },
  };
}
