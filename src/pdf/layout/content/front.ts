import type { DocumentContent } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block, TableBlock } from '../blocks.ts';
import { type BlockStyle, colors, styles } from '../theme.ts';
import type { Mark, Run } from '../types.ts';
import type { Words } from '../words.ts';
import { prose, text, unknownRun } from './inline.ts';

/**
 * A label/value list, set as a two-column table with the labels in grey. `style` is the values' style: the
 * sans `meta` in the title block, the serif `value` for what an annex states.
 */
export function fields(rows: [string, Run[]][], labelWidth = 132, style: BlockStyle = styles.meta): TableBlock {
  return {
    type: 'table',
    variant: 'fields',
    widths: [labelWidth, undefined],
    rows: rows.map(([label, value]) => [[text(label, styles.metaLabel.text)], value]),
    style,
  };
}

/**
 * A numbered level-2 section ("C. Competent supervisory authority", "2. Google Cloud") with its bookmark and any
 * extra marks (anchors), as Annex I and Annex III print their parts.
 */
export function numberedSection(number: string, title: string, children: Block[], extraMarks: Mark[] = []): Block {
  return {
    type: 'section',
    role: 'Sect',
    children: [
      {
        type: 'heading',
        level: 2,
        number: [text(`${number}.`, { ...styles.h2.text, color: colors.accent })],
        runs: [text(title, styles.h2.text)],
        marks: [{ kind: 'outline', title: `${number}. ${title}`, level: 1 }, ...extraMarks],
      },
      ...children,
    ],
  };
}

/**
 * The title block: document label and title, preamble, and the facts that identify this version (organisation,
 * version, effective date, status, signatory, content hash). Drafts add a notice listing the facts still missing.
 * A bilingual document gives its label and title in both languages and states which version prevails.
 */
export function titleBlocks(doc: DocumentContent, w: Words): Block[] {
  const meta = styles.meta.text;
  const draft = doc.status === 'draft';
  const legalName = isUnknown(doc.organisation.legalName)
    ? [unknownRun(doc.organisation.legalName, meta, w.t)]
    : [text(doc.organisation.legalName, meta)];
  const signatory = isUnknown(doc.signatory)
    ? [unknownRun(doc.signatory, meta, w.t)]
    : [text(`${doc.signatory.name}, ${doc.signatory.role}`, meta)];
  const status = draft
    ? [text(w.label('pdf.statusDraft'), { ...meta, font: 'sansBold', color: colors.draft })]
    : [text(w.label('pdf.statusReleased'), meta)];
  const second = doc.second;
  const label = second && second.label !== doc.label ? `${doc.label} / ${second.label}` : doc.label;
  const blocks: Block[] = [
    { type: 'paragraph', runs: [text(label.toUpperCase(), styles.label.text)], style: styles.label, spaceBefore: 0 },
    { type: 'heading', level: 1, runs: [prose(doc.title, styles.docTitle.text)], spaceBefore: 3 },
  ];
  if (second) {
    // The second language's title, under the first: one H1, its second line tagged with its own language.
    blocks.push({
      type: 'section',
      role: 'Div',
      lang: second.language,
      children: [
        { type: 'paragraph', runs: [prose(second.title, { ...styles.docTitle.text, size: 14, color: colors.muted })], spaceBefore: 2 },
      ],
    });
  }
  if (doc.preamble)
    blocks.push({ type: 'paragraph', runs: [prose(doc.preamble, styles.preamble.text)], style: styles.preamble, spaceBefore: 8 });
  if (second?.preamble)
    blocks.push({
      type: 'section',
      role: 'Div',
      lang: second.language,
      children: [{ type: 'paragraph', runs: [prose(second.preamble, styles.preamble.text)], style: styles.preamble, spaceBefore: 4 }],
    });
  // The signatory belongs to Annex I, where the SCCs put each party's signature; the legal entity is printed
  // elsewhere only when known, so a released Annex II or III never prints a gap its validation did not ask for.
  const partiesAnnex = doc.kind === 'annex-i';
  const table = fields([
    [w.label('pdf.organisation'), [text(doc.organisation.name, meta)]],
    ...(partiesAnnex || !isUnknown(doc.organisation.legalName) ? [[w.label('pdf.legalEntity'), legalName] as [string, Run[]]] : []),
    [w.label('pdf.versionLabel'), [text(doc.version, meta)]],
    [w.label('pdf.effective'), [text(w.t.date(doc.effective), meta)]],
    [w.label('pdf.status'), status],
    ...(second ? [[w.label('pdf.languages'), [text(languageNames(doc, w), meta)]] as [string, Run[]]] : []),
    ...(partiesAnnex ? [[w.label('pdf.signatory'), signatory] as [string, Run[]]] : []),
    [w.label('pdf.issued'), [text(w.t.date(doc.buildDate.day), meta)]],
    [w.label('pdf.contentHash'), [text(doc.hash, { ...meta, font: 'mono', size: 7.3 })]],
  ]);
  blocks.push({ ...table, spaceBefore: 14 } as TableBlock);
  if (doc.prevailing && second) blocks.push(prevailingBlock(doc, second.language));
  if (draft) blocks.push(draftNotice(doc, w));
  return blocks;
}

/** "Deutsch und Englisch": the languages in the first language's words. */
function languageNames(doc: DocumentContent, w: Words): string {
  const languages = [doc.language, ...(doc.second ? [doc.second.language] : [])];
  return w.t.list(languages.map((language) => w.t.languageName(language)));
}

/** The prevailing-language clause, in each language, the second tagged with its own language. */
function prevailingBlock(doc: DocumentContent, secondLanguage: string): Block {
  const clause = doc.prevailing!.clause;
  const body = styles.body.text;
  return {
    type: 'quote',
    variant: 'quote',
    children: [
      { type: 'paragraph', runs: [prose(clause[doc.language] ?? '', body)] },
      {
        type: 'section',
        role: 'Div',
        lang: secondLanguage,
        children: [{ type: 'paragraph', runs: [prose(clause[secondLanguage] ?? '', body)] }],
      },
    ],
  };
}

function draftNotice(doc: DocumentContent, w: Words): Block {
  const body = styles.body.text;
  const lead = (t: Words['t']): Block => ({
    type: 'paragraph',
    runs: [text(t.t('pdf.draftNoticeLead'), { ...body, font: 'serifBold' }), text(t.t('pdf.draftNotice'), body)],
  });
  const children: Block[] = [lead(w.t)];
  if (w.second) children.push({ type: 'section', role: 'Div', lang: w.second.tag, children: [lead(w.second)] });
  const list = (intro: string, items: string[]) => {
    if (items.length === 0) return;
    children.push({ type: 'paragraph', runs: [text(intro, body)] });
    children.push({
      type: 'list',
      ordered: false,
      start: 1,
      tight: true,
      items: items.map((item) => [{ type: 'paragraph', runs: [text(item, body)] }]),
    });
  };
  list(w.t.t('pdf.factsMissing'), doc.unknowns);
  // Translations: one sentence each, with the measure ids (every gap is also marked where it is printed).
  for (const notes of doc.translationNotes) {
    const language = w.t.languageName(notes.language);
    const say = (key: 'pdf.translationsMissing' | 'pdf.translationsUnreviewed' | 'pdf.translationsStale', ids: string[], extra = '') => {
      if (ids.length)
        children.push({ type: 'paragraph', runs: [text(`${w.t.n(key, ids.length, { language, ids: w.t.list(ids) })}${extra}`, body)] });
    };
    say('pdf.translationsMissing', notes.missing);
    say(
      'pdf.translationsUnreviewed',
      notes.unreviewed,
      notes.machineAssisted ? ` ${w.t.n('pdf.translationsMachine', notes.machineAssisted)}` : '',
    );
    say('pdf.translationsStale', notes.stale);
  }
  return { type: 'quote', variant: 'notice', children };
}

/** The document's changelog as a closing "Document history" section. */
export function historyBlocks(doc: DocumentContent, w: Words): Block[] {
  if (doc.changelog.length === 0) return [];
  const cell = styles.table.text;
  const head = styles.tableHead.text;
  const withNotice = doc.changelog.some((entry) => entry.notice);
  const header = [
    [text(w.label('pdf.historyVersion'), head)],
    [text(w.label('pdf.historyDate'), head)],
    [text(w.label('pdf.historyChanges'), head)],
  ];
  if (withNotice) header.push([text(w.label('pdf.historyNotified'), head)]);
  const rows = doc.changelog.map((entry) => {
    const row = [
      [text(entry.version, cell)],
      [text(w.t.date(entry.date), cell)],
      [prose(entry.changes.length === 1 ? entry.changes[0]! : entry.changes.map((c) => `• ${c.trim()}`).join('\n\n'), cell)],
    ];
    if (withNotice) row.push([text(entry.notice ? w.t.date(entry.notice) : '—', cell)]);
    return row;
  });
  const title = w.label('pdf.history');
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text(title, styles.h2.text)],
          marks: [{ kind: 'outline', title, level: 1 }],
        },
        { type: 'table', variant: 'grid', widths: [52, 84, undefined, ...(withNotice ? [84] : [])], header, rows },
      ],
    },
  ];
}
