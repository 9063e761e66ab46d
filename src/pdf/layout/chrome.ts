import { placeText } from './context.ts';
import type { Measurer } from './measure.ts';
import { colors, page, styles } from './theme.ts';
import type { Item, TextStyle } from './types.ts';
import type { Words } from './words.ts';

/** What the running header and footer say. */
export interface ChromeInfo {
  /** "Annex II · Technical and organisational measures" */
  running: string;
  organisation: string;
  version: string;
  draft: boolean;
  hash: string;
  /** The document's language(s). */
  words: Words;
}

/**
 * The page furniture: running header (from the second page on, where the title block no longer names the
 * document), footer with "Page X of Y", and on drafts a diagonal DRAFT watermark and a DRAFT flag in the header.
 * All of it is artifact: it carries no structure tag, so assistive technology and tag-based extraction skip it.
 */
export function chromeItems(info: ChromeInfo, index: number, count: number, measurer: Measurer): Item[] {
  const style = styles.running.text;
  const left = page.marginLeft;
  const right = page.width - page.marginRight;
  const items: Item[] = [];
  const put = (text: string, x: number, y: number, s: TextStyle = style) => items.push(...placeText(text, s, x, y, measurer).items);
  const widthOf = (text: string, s: TextStyle = style) => placeText(text, s, 0, 0, measurer).width;

  const w = info.words;
  if (info.draft) {
    // The first language's word, sized to fit the page's diagonal ("ENTWURF" is longer than "DRAFT").
    const word = w.t.t('pdf.draftFlag');
    items.push({
      kind: 'watermark',
      text: word,
      cx: page.width / 2,
      cy: page.height / 2,
      size: Math.min(120, Math.round((120 * 5.3) / Math.max(5, word.length))),
      angle: 54,
      color: colors.watermark,
    });
  }
  if (index > 0 || info.draft) {
    const version = w.t.t('pdf.version', { version: info.version });
    let runningRight = right - widthOf(version) - 18;
    put(version, right - widthOf(version), page.headerBaseline);
    if (info.draft) {
      const flag: TextStyle = { ...style, font: 'sansBold', color: colors.draft };
      const draftWord = w.label('pdf.draftFlag');
      const x = right - widthOf(version) - 10 - widthOf(draftWord, flag);
      put(draftWord, x, page.headerBaseline, flag);
      runningRight = x - 18;
    }
    if (index > 0) {
      put(
        truncate(info.running, runningRight - left, (text) => widthOf(text)),
        left,
        page.headerBaseline,
      );
      items.push({
        kind: 'line',
        x1: left,
        y1: page.headerBaseline + 7,
        x2: right,
        y2: page.headerBaseline + 7,
        width: 0.4,
        color: colors.rule,
      });
    }
  }
  put(w.t.t('pdf.footer', { organisation: info.organisation, hash: info.hash.slice(0, 16) }), left, page.footerBaseline);
  const number = w.label('pdf.page', { page: index + 1, pages: count });
  put(number, right - widthOf(number), page.footerBaseline);
  return items;
}

/** Shortens text to fit a width, ending in an ellipsis at a word boundary where it can. */
export function truncate(value: string, width: number, widthOf: (text: string) => number): string {
  if (widthOf(value) <= width) return value;
  const words = value.split(' ');
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ').replace(/[\s,;:–—-]+$/, '')} …`;
    if (widthOf(candidate) <= width) return candidate;
  }
  let chars = [...value];
  while (chars.length > 1 && widthOf(`${chars.join('')}…`) > width) chars = chars.slice(0, -1);
  return `${chars.join('')}…`;
}
