import type { FontKey, TextStyle } from './types.ts';

/** What layout needs to know about a face: advance widths per code point, in font units. */
export interface FaceMetrics {
  /** Display name, for error messages. */
  name: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  /** Advance width of the glyph for a code point, or undefined when the face has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

export type FontMetrics = Record<FontKey, FaceMetrics>;

/** Measures text. Widths of whole words are cached: measuring is the hot loop of layout. */
export interface Measurer {
  width(text: string, style: TextStyle): number;
  /** Whether a face has a glyph for a code point. */
  has(font: FontKey, codePoint: number): boolean;
  /** Distance from the baseline to the top of the face's ascenders, at `size`. */
  ascent(font: FontKey, size: number): number;
  descent(font: FontKey, size: number): number;
}

/** Thrown when content holds a character the embedded fonts cannot draw: it would vanish from the PDF. */
export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
  readonly char: string;
  constructor(char: string, face: string, word: string) {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    super(`cannot print "${char}" (${code}) in "${word}": no embedded font has a glyph for it (${face} and its fallbacks)`);
    this.char = char;
  }
}

/**
 * Builds a measurer over font metrics. Widths are kept per face in font units per em and scaled by size, so one
 * cache serves every size. The drawing layer draws one glyph per code point (no ligatures, no kerning), which is
 * exactly what the sum of advances measures.
 */
export function createMeasurer(metrics: FontMetrics): Measurer {
  const caches = new Map<FontKey, Map<string, number>>();
  for (const key of Object.keys(metrics) as FontKey[]) caches.set(key, new Map());

  function unitWidth(text: string, font: FontKey): number {
    const cache = caches.get(font)!;
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const face = metrics[font];
    let units = 0;
    for (const char of text) {
      const advance = face.advance(char.codePointAt(0)!);
      if (advance === undefined) throw new MissingGlyphError(char, face.name, text);
      units += advance;
    }
    const width = units / face.unitsPerEm;
    cache.set(text, width);
    return width;
  }

  return {
    width: (text, style) => (text === '' ? 0 : unitWidth(text, style.font) * style.size),
    has: (font, codePoint) => metrics[font].advance(codePoint) !== undefined,
    ascent: (font, size) => (metrics[font].ascent / metrics[font].unitsPerEm) * size,
    descent: (font, size) => (Math.abs(metrics[font].descent) / metrics[font].unitsPerEm) * size,
  };
}
