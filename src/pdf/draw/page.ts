import {
  beginMarkedContent,
  beginText,
  endMarkedContent,
  endText,
  fill,
  lineTo,
  moveTo,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
} from 'pdf-lib';
import { page as geometry } from '../layout/theme.ts';
import { type FontKey, fontKeys, type Item, type LaidPage, type LinkTarget, type StructNode } from '../layout/types.ts';
import type { EmbeddedFont } from './fonts.ts';
import type { Tagger } from './tags.ts';
import { watermarkOperators } from './watermark.ts';

/** A link area found while drawing, in PDF coordinates (origin bottom-left). */
export interface LinkArea {
  rect: [number, number, number, number];
  target: LinkTarget;
  tag?: number;
  text: string;
}

/** Rounds coordinates to 1/1000 pt: invisible, and keeps the content streams short. */
const r = (n: number) => Math.round(n * 1000) / 1000;
const flip = (y: number) => r(geometry.height - y);

/**
 * Draws one laid-out page: text as tagged marked content (one sequence per run of items of the same structure
 * node), everything else as artifacts. Returns the link areas, merged per line, for the annotation pass.
 */
export function drawPage(
  pdfPage: PDFPage,
  pageIndex: number,
  laid: LaidPage,
  fonts: Partial<Record<FontKey, EmbeddedFont>>,
  nodes: readonly StructNode[],
  tagger: Tagger,
): LinkArea[] {
  const fontNames = new Map<FontKey, PDFName>();
  fontKeys.forEach((key, i) => fontNames.set(key, PDFName.of(`F${i + 1}`)));
  const usedFonts = new Set<FontKey>();
  const ops: PDFOperator[] = [];
  const links: LinkArea[] = [];
  let open: number | 'artifact' | undefined;
  let fillColor = '';
  let font = '';

  const setFill = (color: readonly number[]) => {
    const key = color.join(',');
    if (key !== fillColor) ops.push(setFillingRgbColor(color[0]!, color[1]!, color[2]!));
    fillColor = key;
  };
  const enter = (want: number | 'artifact') => {
    if (open === want) return;
    if (open !== undefined) ops.push(endMarkedContent());
    if (want === 'artifact') ops.push(beginMarkedContent('Artifact'));
    else {
      const mcid = tagger.mark(pageIndex, want);
      ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(nodes[want]!.role), `<</MCID ${mcid}>>`]));
    }
    open = want;
  };

  for (const item of laid.items) {
    enter(item.kind === 'text' && item.tag !== undefined ? item.tag : 'artifact');
    switch (item.kind) {
      case 'text': {
        const face = fonts[item.style.font]!;
        usedFonts.add(item.style.font);
        setFill(item.style.color);
        ops.push(beginText());
        const fontKey = `${item.style.font}/${item.style.size}`;
        if (fontKey !== font) ops.push(setFontAndSize(fontNames.get(item.style.font)!, r(item.style.size)));
        font = fontKey;
        ops.push(setTextMatrix(1, 0, 0, 1, r(item.x), flip(item.y)), showText(face.encode(item.text)), endText());
        if (item.style.strike) strike(ops, item, -0.28);
        if (item.style.underline) strike(ops, item, 0.16);
        if (item.link) addLink(links, item);
        break;
      }
      case 'line':
        ops.push(
          setStrokingRgbColor(...rgb(item.color)),
          setLineWidth(r(item.width)),
          moveTo(r(item.x1), flip(item.y1)),
          lineTo(r(item.x2), flip(item.y2)),
          stroke(),
        );
        break;
      case 'rect':
        setFill(item.color);
        ops.push(rectangle(r(item.x), flip(item.y + item.h), r(item.w), r(item.h)), fill());
        break;
      case 'watermark': {
        // Drawn last and multiplied: it tints what it crosses instead of hiding it, shaded boxes included.
        const gs = PDFName.of('GSMultiply');
        pdfPage.node.setExtGState(gs, pdfPage.doc.context.obj({ Type: 'ExtGState', BM: 'Multiply' }));
        ops.push(pushGraphicsState(), PDFOperator.of(PDFOperatorNames.SetGraphicsStateParams, [gs]));
        ops.push(setFillingRgbColor(...rgb(item.color)), ...watermarkOperators(item, flip(item.cy)), popGraphicsState());
        break;
      }
    }
  }
  if (open !== undefined) ops.push(endMarkedContent());
  for (const key of usedFonts) pdfPage.node.setFontDictionary(fontNames.get(key)!, fonts[key]!.font.ref);
  pdfPage.pushOperators(...ops);
  return links;
}

const rgb = (c: readonly number[]): [number, number, number] => [c[0]!, c[1]!, c[2]!];

/** A line through (`rise` above the baseline, negative: up) or under the text, in its colour. */
function strike(ops: PDFOperator[], item: Extract<Item, { kind: 'text' }>, rise: number): void {
  const y = flip(item.y + item.style.size * rise);
  ops.push(
    setStrokingRgbColor(...rgb(item.style.color)),
    setLineWidth(r(item.style.size * 0.06)),
    moveTo(r(item.x), y),
    lineTo(r(item.x + item.width), y),
    stroke(),
  );
}

/** Adds the item's area to the link areas, extending the previous one when it continues the same link on the line. */
function addLink(links: LinkArea[], item: Extract<Item, { kind: 'text' }>): void {
  const bottom = flip(item.y + item.style.size * 0.28);
  const top = flip(item.y - item.style.size * 0.95);
  const last = links[links.length - 1];
  if (last && last.target === item.link && last.rect[1] === bottom && Math.abs(last.rect[2] - item.x) < 0.5) {
    last.rect[2] = r(item.x + item.width);
    last.text += item.text;
    return;
  }
  links.push({
    rect: [r(item.x), bottom, r(item.x + item.width), top],
    target: item.link!,
    ...(item.tag !== undefined ? { tag: item.tag } : {}),
    text: item.text,
  });
}
