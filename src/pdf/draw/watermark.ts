import {
  closePath,
  concatTransformationMatrix,
  fill,
  lineTo,
  moveTo,
  appendBezierCurve,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { loadFonts } from '../fonts/fonts.ts';
import type { Item } from '../layout/types.ts';

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/**
 * The DRAFT watermark as filled glyph outlines rather than text: it marks every page of a draft to the eye, yet
 * never enters the text that pdftotext, search or a screen reader sees. The fill colour is set by the caller.
 */
export function watermarkOperators(item: Extract<Item, { kind: 'watermark' }>, pdfCy: number): PDFOperator[] {
  const face = loadFonts().faces.sansBold;
  const glyphs = [...item.text].map((char) => face.glyphForCodePoint(char.codePointAt(0)!));
  const scale = item.size / face.unitsPerEm;
  const width = glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
  const capHeight = (face as unknown as { capHeight: number }).capHeight;
  const angle = (item.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const ops: PDFOperator[] = [pushGraphicsState(), concatTransformationMatrix(cos, sin, -sin, cos, item.cx, pdfCy)];
  // In the rotated frame: centre the word on the origin, then draw in glyph units.
  ops.push(concatTransformationMatrix(scale, 0, 0, scale, (-width / 2) * scale, (-capHeight / 2) * scale));
  let x0 = 0;
  for (const glyph of glyphs) {
    let current: [number, number] = [0, 0];
    for (const { command, args } of (glyph.path as unknown as { commands: PathCommand[] }).commands) {
      const p = (i: number): [number, number] => [args[i]! + x0, args[i + 1]!];
      if (command === 'moveTo') ops.push(moveTo(...(current = p(0))));
      else if (command === 'lineTo') ops.push(lineTo(...(current = p(0))));
      else if (command === 'bezierCurveTo') ops.push(appendBezierCurve(...p(0), ...p(2), ...(current = p(4))));
      else if (command === 'quadraticCurveTo') {
        // TrueType outlines are quadratic; PDF paths are cubic. Raise the degree: control points at 2/3.
        const [qx, qy] = p(0);
        const end = p(2);
        const c1: [number, number] = [current[0] + (2 / 3) * (qx - current[0]), current[1] + (2 / 3) * (qy - current[1])];
        const c2: [number, number] = [end[0] + (2 / 3) * (qx - end[0]), end[1] + (2 / 3) * (qy - end[1])];
        ops.push(appendBezierCurve(...c1, ...c2, ...end));
        current = end;
      } else ops.push(closePath());
    }
    x0 += glyph.advanceWidth;
  }
  ops.push(fill(), popGraphicsState());
  return ops;
}
