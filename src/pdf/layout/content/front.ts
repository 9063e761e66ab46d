import type { DocumentContent } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block, TableBlock } from '../blocks.ts';
import { type BlockStyle, colors, styles } from '../theme.ts';
import type { Mark, Run } from '../types.ts';
import { formatDate, prose, text, unknownRun } from './inline.ts';

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
 */
export function titleBlocks(doc: DocumentContent): Block[] {
  const meta = styles.meta.text;
  const draft = doc.status === 'draft';
  const legalName = isUnknown(doc.organisation.legalName)
    ? [unknownRun(doc.organisation.legalName, meta)]
    : [text(doc.organisation.legalName, meta)];
  const signatory = isUnknown(doc.signatory)
    ? [unknownRun(doc.signatory, meta)]
    : [text(`${doc.signatory.name}, ${doc.signatory.role}`, meta)];
  const status = draft ? [text('Draft – not for execution', { ...meta, font: 'sansBold', color: colors.draft })] : [text('Released', meta)];
  const blocks: Block[] = [
    { type: 'paragraph', runs: [text(doc.label.toUpperCase(), styles.label.text)], style: styles.label, spaceBefore: 0 },
    { type: 'heading', level: 1, runs: [prose(doc.title, styles.docTitle.text)], spaceBefore: 3 },
  ];
  if (doc.preamble)
    blocks.push({ type: 'paragraph', runs: [prose(doc.preamble, styles.preamble.text)], style: styles.preamble, spaceBefore: 8 });
  // The signatory belongs to Annex I, where the SCCs put each party's signature; the legal entity is printed
  // elsewhere only when known, so a released Annex II or III never prints a gap its validation did not ask for.
  const partiesAnnex = doc.kind === 'annex-i';
  const table = fields([
    ['Organisation', [text(doc.organisation.name, meta)]],
    ...(partiesAnnex || !isUnknown(doc.organisation.legalName) ? [['Legal entity', legalName] as [string, Run[]]] : []),
    ['Version', [text(doc.version, meta)]],
    ['Effective date', [text(formatDate(doc.effective), meta)]],
    ['Status', status],
    ...(partiesAnnex ? [['Signatory', signatory] as [string, Run[]]] : []),
    ['Issued', [text(formatDate(doc.buildDate.day), meta)]],
    ['Content hash (SHA-256)', [text(doc.hash, { ...meta, font: 'mono', size: 7.3 })]],
  ]);
  blocks.push({ ...table, spaceBefore: 14 } as TableBlock);
  if (draft) blocks.push(draftNotice(doc));
  return blocks;
}

function draftNotice(doc: DocumentContent): Block {
  const body = styles.body.text;
  const children: Block[] = [
    {
      type: 'paragraph',
      runs: [
        text('Draft – not for execution. ', { ...body, font: 'serifBold' }),
        text(
          'This version has not been released. It is shared for review only and must not be signed or relied on as part of an agreement; its electronic signature only protects it against alteration.',
          body,
        ),
      ],
    },
  ];
  if (doc.unknowns.length > 0) {
    children.push({ type: 'paragraph', runs: [text('Facts not yet provided:', body)] });
    children.push({
      type: 'list',
      ordered: false,
      start: 1,
      tight: true,
      items: doc.unknowns.map((u) => [{ type: 'paragraph', runs: [text(u, body)] }]),
    });
  }
  return { type: 'quote', variant: 'notice', children };
}

/** The document's changelog as a closing "Document history" section. */
export function historyBlocks(doc: DocumentContent): Block[] {
  if (doc.changelog.length === 0) return [];
  const cell = styles.table.text;
  const head = styles.tableHead.text;
  const withNotice = doc.changelog.some((entry) => entry.notice);
  const header = [[text('Version', head)], [text('Date', head)], [text('Changes', head)]];
  if (withNotice) header.push([text('Customers notified', head)]);
  const rows = doc.changelog.map((entry) => {
    const row = [
      [text(entry.version, cell)],
      [text(formatDate(entry.date), cell)],
      [prose(entry.changes.length === 1 ? entry.changes[0]! : entry.changes.map((c) => `• ${c.trim()}`).join('\n\n'), cell)],
    ];
    if (withNotice) row.push([text(entry.notice ? formatDate(entry.notice) : '—', cell)]);
    return row;
  });
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text('Document history', styles.h2.text)],
          marks: [{ kind: 'outline', title: 'Document history', level: 1 }],
        },
        { type: 'table', variant: 'grid', widths: [52, 84, undefined, ...(withNotice ? [84] : [])], header, rows },
      ],
    },
  ];
}
