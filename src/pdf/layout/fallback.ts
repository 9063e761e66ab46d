import { type Measurer, MissingGlyphError } from './measure.ts';
import { fallbackFaces, type Run } from './types.ts';

/**
 * Splits runs where their face lacks a glyph, setting those characters in the first fallback face that has one
 * (Noto Sans Math for arrows and ≥ ≠ −, DejaVu Sans for ✓ ✗ and wide coverage beyond). The pieces keep their run's link and tag,
 * so a link or a structure element stays one. A character no embedded face can draw is an error, not a blank.
 */
export function withFallbackFaces(runs: readonly Run[], measurer: Measurer): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (covered(run, measurer)) {
      out.push(run);
      continue;
    }
    let current: Run | undefined;
    for (const char of run.text) {
      const codePoint = char.codePointAt(0)!;
      const font =
        char === '\n' || measurer.has(run.style.font, codePoint)
          ? run.style.font
          : fallbackFaces.find((face) => measurer.has(face, codePoint));
      if (!font) throw new MissingGlyphError(char, run.style.font, run.text);
      if (current && current.style.font === font) current.text += char;
      else {
        current = { ...run, text: char, style: { ...run.style, font } };
        out.push(current);
      }
    }
  }
  return out;
}

function covered(run: Run, measurer: Measurer): boolean {
  for (const char of run.text) {
    if (char !== '\n' && !measurer.has(run.style.font, char.codePointAt(0)!)) return false;
  }
  return true;
}
