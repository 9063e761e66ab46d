import type { Redline, RedlineDocument, RedlineItem, RedlineSection, VersionFacts } from '../../documents/redline.ts';
import type { WordPart } from '../../documents/word-diff.ts';
import type { Block, TableBlock } from '../layout/blocks.ts';
import { placeText } from '../layout/context.ts';
import { truncate } from '../layout/chrome.ts';
import { fields } from '../layout/content/front.ts';
import { text } from '../layout/content/inline.ts';
import { translator, type Translator } from '../../i18n/translator.ts';
import { flowBlocks } from '../layout/flow.ts';
import type { Measurer } from '../layout/measure.ts';
import { paginate } from '../layout/paginate.ts';
import { createStructBuilder, ROOT } from '../layout/struct.ts';
import { colors, gutter, page, styles, textWidth } from '../layout/theme.ts';
import type { Item, LaidDocument, Rgb, Run, TextStyle } from '../layout/types.ts';

/** Inserted text: underlined, in blue. Deleted text: struck through, in red. Both differ in shape, not only colour. */
const INSERTED: Rgb = [0.02, 0.3, 0.62];
const DELETED: Rgb = colors.draft;

/**
 * Runs for a word diff in `style`: inserted parts underlined, deleted parts struck through. Spaces at the edges
 * of a change stay unmarked, so a mark covers exactly the words that changed.
 */
export function markedRuns(parts: readonly WordPart[], style: TextStyle): Run[] {
  const runs: Run[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    // A deletion followed directly by its replacement gets a space between, or the two would read as one word.
    if (previous && previous.type !== 'same' && part.type !== 'same' && !/\s$/.test(previous.text) && !/^\s/.test(part.text)) {
      runs.push(text(' ', style));
    }
    if (part.type === 'same') {
      runs.push(text(part.text, style));
      return;
    }
    const marked = part.type === 'added' ? { ...style, color: INSERTED, underline: true } : { ...style, color: DELETED, strike: true };
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
    if (lead) runs.push(text(lead, style));
    if (core) runs.push(text(core, marked));
    if (trail) runs.push(text(trail, style));
  });
  return runs;
}

/**
 * Lays out a redline: a cover page (what is compared, a legend, per document both versions' facts and hashes and a
 * list of changes), then each document from a new page, section by section, unchanged items collapsed to one line.
 * Pure, like the annex layout: the same redline and measurer give the same pages.
 */
export function layoutRedline(redline: Redline, measurer: Measurer): LaidDocument {
  const struct = createStructBuilder();
  const ctx = { measurer, struct, tables: { next: 0 } };
  const full = { x: page.marginLeft, width: textWidth, parent: ROOT };
  const column = { x: page.marginLeft + gutter, width: textWidth - gutter, parent: ROOT };
  // The comparison's own words in its language (the documents' when they share one).
  const t = translator(redline.language);
  const atoms = [...flowBlocks(coverBlocks(redline, t), full, ctx, 0)];
  for (const doc of redline.documents) {
    atoms.push(...flowBlocks([{ type: 'pageBreak' }, ...documentHead(doc, t)], full, ctx));
    atoms.push(...flowBlocks(documentBody(doc, t), column, ctx));
  }
  const pages = paginate(atoms, { top: page.top, bottom: page.bottom });
  pages.forEach((laid, index) => laid.items.push(...chrome(redline, index, pages.length, measurer, t)));
  return { pages, struct: struct.nodes };
}

export function redlineTitle(redline: Redline, t: Translator): string {
  const [only] = redline.documents;
  if (redline.documents.length === 1 && only) return `${only.label}: ${versionLine(only, t)}`;
  return t.t('redline.annexes');
}

function versionLine(doc: RedlineDocument, t: Translator): string {
  if (!doc.base) return t.t('redline.versionNew', { version: doc.head!.version });
  if (!doc.head) return t.t('redline.versionWithdrawn', { version: doc.base.version });
  return doc.base.version === doc.head.version
    ? t.t('redline.versionOne', { version: doc.head.version })
    : t.t('redline.versionFromTo', { from: doc.base.version, to: doc.head.version });
}

/** A message split at its placeholders, so that each can be styled: the legend's "underlined", "struck through". */
function split(message: string, names: readonly string[]): ({ text: string } | { name: string })[] {
  return message
    .split(new RegExp(`(\\{(?:${names.join('|')})\\})`))
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) && names.includes(part.slice(1, -1)) ? { name: part.slice(1, -1) } : { text: part }));
}

function coverBlocks(redline: Redline, t: Translator): Block[] {
  const body = styles.body.text;
  const blocks: Block[] = [
    { type: 'paragraph', runs: [text(t.t('redline.cover'), styles.label.text)], style: styles.label, spaceBefore: 0 },
    { type: 'heading', level: 1, runs: [text(redlineTitle(redline, t), styles.docTitle.text)], spaceBefore: 3 },
    {
      type: 'paragraph',
      style: styles.preamble,
      spaceBefore: 8,
      runs: [
        text(
          t.t('redline.preamble', {
            base: redline.sides.base,
            head: redline.sides.head,
            organisation: redline.organisation,
            date: t.date(redline.date),
          }),
          styles.preamble.text,
        ),
      ],
    },
    {
      type: 'paragraph',
      spaceBefore: 10,
      runs: split(t.t('redline.legend', { inserted: '{inserted}', deleted: '{deleted}' }), ['inserted', 'deleted']).flatMap((part) =>
        'text' in part
          ? [text(part.text, body)]
          : part.name === 'inserted'
            ? markedRuns([{ type: 'added', text: t.t('redline.underlined') }], body)
            : markedRuns([{ type: 'removed', text: t.t('redline.struck') }], body),
      ),
    },
  ];
  if (redline.documents.length === 0) {
    blocks.push({ type: 'paragraph', runs: [text(t.t('redline.noDocuments'), styles.note.text)], style: styles.note });
  }
  for (const doc of redline.documents) {
    blocks.push({
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text(`${doc.label}: ${doc.title.replace(/\s+/g, ' ')}`, styles.h2.text)],
          marks: [{ kind: 'outline', title: `${doc.label}: ${versionLine(doc, t)}`, level: 1 }],
        },
        { ...factsTable(doc, t), spaceBefore: 6 } as TableBlock,
        { type: 'paragraph', runs: [text(t.t('redline.changes'), { ...body, font: 'serifBold' })] },
        {
          type: 'list',
          ordered: false,
          start: 1,
          tight: true,
          items: doc.summary.map((line) => [{ type: 'paragraph', runs: [text(line, body)] }]),
        },
      ],
    });
  }
  return blocks;
}

/** Both versions' identifying facts side by side: version, effective date, status and content hash. */
function factsTable(doc: RedlineDocument, t: Translator): TableBlock {
  const meta = styles.meta.text;
  const hash: TextStyle = { ...meta, font: 'mono', size: 7.3 };
  const cell = (facts: VersionFacts | undefined, pick: (f: VersionFacts) => string, style = meta): Run[] => [
    text(facts ? pick(facts) : '—', style),
  ];
  const pair = (label: string, pick: (f: VersionFacts) => string, style = meta): [string, Run[]] => [
    label,
    [...cell(doc.base, pick, style), text('  →  ', { ...meta, color: colors.muted }), ...cell(doc.head, pick, style)],
  ];
  return fields([
    pair(t.t('pdf.versionLabel'), (f) => f.version),
    pair(t.t('pdf.effective'), (f) => t.date(f.effective)),
    pair(t.t('pdf.status'), (f) => t.t(f.status === 'released' ? 'pdf.statusReleased' : 'redline.draft')),
    [t.t('redline.hashBefore'), cell(doc.base, (f) => f.hash, hash)],
    [t.t('redline.hashAfter'), cell(doc.head, (f) => f.hash, hash)],
  ]);
}

/** The document's label, title and both versions' facts, across the full text width (the hashes need it). */
function documentHead(doc: RedlineDocument, t: Translator): Block[] {
  return [
    { type: 'paragraph', runs: [text(doc.label.toUpperCase(), styles.label.text)], style: styles.label, spaceBefore: 0 },
    {
      type: 'heading',
      level: 2,
      runs: [text(`${doc.title.replace(/\s+/g, ' ')}: ${versionLine(doc, t)}`, styles.h2.text)],
      spaceBefore: 3,
      marks: [{ kind: 'outline', title: `${doc.label}: ${versionLine(doc, t)}`, level: 1 }],
    },
    { ...factsTable(doc, t), spaceBefore: 8 } as TableBlock,
  ];
}

/** Each section in the text column, with numbers and measure ids in the gutter as the annex sets them. */
function documentBody(doc: RedlineDocument, t: Translator): Block[] {
  const blocks: Block[] = [];
  if (doc.change === 'unchanged' && doc.sections.every((s) => s.items.every((i) => i.change === 'unchanged'))) {
    blocks.push({ type: 'paragraph', runs: [text(t.t('redline.unchangedDocument'), styles.note.text)], style: styles.note });
  }
  for (const section of doc.sections) blocks.push(sectionBlock(section, t));
  return blocks;
}

function sectionBlock(section: RedlineSection, t: Translator): Block {
  const children: Block[] = [
    {
      type: 'heading',
      level: 3,
      ...(section.number ? { number: [text(section.number, { ...styles.h2.text, color: colors.accent })] } : {}),
      runs: [text(section.title, styles.h2.text)],
      style: styles.h2,
      spaceBefore: 18,
      marks: [{ kind: 'outline', title: `${section.number ? `${section.number} ` : ''}${section.title}`, level: 2 }],
    },
  ];
  if (section.items.length === 0) {
    children.push({ type: 'paragraph', runs: [text(t.t('redline.nothingListed'), styles.note.text)], style: styles.note });
  }
  for (const item of section.items) children.push(...itemBlocks(item, t));
  return { type: 'section', role: 'Sect', children };
}

const kickers = { added: 'redline.kickerAdded', removed: 'redline.kickerRemoved', changed: 'redline.kickerChanged' } as const;

function itemBlocks(item: RedlineItem, t: Translator): Block[] {
  const key = item.key ? [text(item.key, { ...styles.h3.text, color: colors.accent })] : undefined;
  if (item.change === 'unchanged') {
    const note = styles.note.text;
    return [
      {
        type: 'paragraph',
        style: styles.note,
        spaceBefore: 2,
        runs: [
          ...(item.key ? [text(`${item.key} `, { ...note, font: 'serifItalic', color: colors.accent })] : []),
          ...markedRuns(item.heading, note),
          text(t.t('redline.unchangedItem'), note),
        ],
      },
    ];
  }
  const kicker = `${t.t(kickers[item.change])}${item.note ? ` · ${item.note}` : ''}`;
  const blocks: Block[] = [
    {
      type: 'heading',
      level: 4,
      ...(key ? { number: key } : {}),
      runs: markedRuns(item.heading, styles.h3.text),
      style: styles.h3,
      spaceBefore: 12,
      kicker: [text(kicker, styles.kicker.text)],
      marks: [
        {
          kind: 'outline',
          title: `${item.key ? `${item.key} ` : ''}${item.heading
            .filter((p) => p.type !== 'removed')
            .map((p) => p.text)
            .join('')}`,
          level: 3,
        },
      ],
    },
  ];
  for (const block of item.blocks) {
    const runs = markedRuns(block.parts, styles.body.text);
    blocks.push({
      type: 'paragraph',
      runs: block.label ? [text(`${block.label}: `, { ...styles.body.text, font: 'serifItalic', color: colors.muted }), ...runs] : runs,
    });
  }
  return blocks;
}

/** Running header from the second page on, and a footer naming what is compared, with "Page X of Y". */
function chrome(redline: Redline, index: number, count: number, measurer: Measurer, t: Translator): Item[] {
  const style = styles.running.text;
  const left = page.marginLeft;
  const right = page.width - page.marginRight;
  const items: Item[] = [];
  const widthOf = (value: string) => placeText(value, style, 0, 0, measurer).width;
  const put = (value: string, x: number, y: number) => items.push(...placeText(value, style, x, y, measurer).items);
  if (index > 0) {
    const flag = t.t('redline.flag');
    put(flag, right - widthOf(flag), page.headerBaseline);
    put(truncate(redlineTitle(redline, t), right - widthOf(flag) - 18 - left, widthOf), left, page.headerBaseline);
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
  const number = t.t('pdf.page', { page: index + 1, pages: count });
  put(
    truncate(`${redline.organisation} · ${redline.sides.base} → ${redline.sides.head}`, right - widthOf(number) - 18 - left, widthOf),
    left,
    page.footerBaseline,
  );
  put(number, right - widthOf(number), page.footerBaseline);
  return items;
}
