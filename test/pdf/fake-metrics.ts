import { createMeasurer, type FaceMetrics, type FontMetrics } from '../../src/pdf/layout/measure.ts';
import { fontKeys } from '../../src/pdf/layout/types.ts';

/**
 * A monospaced stand-in for the real fonts, so layout tests can reason in round numbers: every character is
 * half an em wide (5 pt at 10 pt), ascent 0.8 em, descent 0.2 em. U+1F600 has no glyph.
 */
export function fakeMetrics(): FontMetrics {
  const face: FaceMetrics = {
    name: 'Fake',
    unitsPerEm: 1000,
    ascent: 800,
    descent: -200,
    advance: (codePoint) => (codePoint === 0x1f600 ? undefined : 500),
  };
  return Object.fromEntries(fontKeys.map((key) => [key, face])) as FontMetrics;
}

export const fakeMeasurer = () => createMeasurer(fakeMetrics());
