import type { AnnexCategory, AnnexIIBody, AnnexMeasure } from '../../../documents/types.ts';
import type { Block } from '../blocks.ts';
import { colors, styles } from '../theme.ts';
import type { Run } from '../types.ts';
import { bodyBlocks } from './body.ts';
import { prose, text } from './inline.ts';

/** Anchor id of a measure's heading, the target of "See also" and appendix links. */
const measureAnchor = (id: string) => `measure-${id}`;

/**
 * Annex II: every category of the taxonomy in its official order, numbered in the gutter, with its measures
 * (id in the gutter, title, kind, body); then the control-mapping appendix on a new page when there is one.
 */
export function annexIIBlocks(body: AnnexIIBody): Block[] {
  const blocks: Block[] = body.categories.map(category);
  if (body.appendix) blocks.push({ type: 'pageBreak' }, ...appendix(body.appendix));
  return blocks;
}

function category(cat: AnnexCategory): Block {
  const children: Block[] = [
    {
      type: 'heading',
      level: 2,
      number: [text(String(cat.order), { ...styles.h2.text, color: colors.accent })],
      runs: [prose(cat.title, styles.h2.text)],
      marks: [
        { kind: 'outline', title: `${cat.order}. ${cat.title}`, level: 1 },
        { kind: 'anchor', id: `category-${cat.id}` },
      ],
    },
  ];
  if (cat.measures.length === 0) {
    children.push({ type: 'paragraph', runs: [text('No measures are listed under this category.', styles.note.text)], style: styles.note });
  }
  children.push(...cat.measures.map(measure));
  if (cat.seeAlso.length > 0) children.push({ type: 'paragraph', runs: seeAlso(cat.seeAlso), style: styles.note, spaceBefore: 9 });
  return { type: 'section', role: 'Sect', children };
}

function measure(m: AnnexMeasure): Block {
  const kind = m.type === 'technical' ? 'Technical measure' : 'Organisational measure';
  return {
    type: 'section',
    role: 'Sect',
    children: [
      {
        type: 'heading',
        level: 3,
        number: [text(m.id, { ...styles.h3.text, color: colors.accent })],
        runs: [prose(m.title, styles.h3.text)],
        kicker: [text(kind, styles.kicker.text)],
        marks: [
          { kind: 'outline', title: `${m.id} ${m.title}`, level: 2 },
          { kind: 'anchor', id: measureAnchor(m.id) },
        ],
      },
      ...bodyBlocks(m.body),
    ],
  };
}

/** "See also ENC-01 Title; LOG-02 Title." with each id linked to the measure where it is printed. */
function seeAlso(refs: AnnexCategory['seeAlso']): Run[] {
  const note = styles.note.text;
  const runs: Run[] = [text('See also ', note)];
  refs.forEach((ref, i) => {
    const link = { anchor: measureAnchor(ref.id) };
    runs.push(text(ref.id, { ...note, font: 'serifItalic', color: colors.accent }, link));
    runs.push(text(` ${ref.title}${i < refs.length - 1 ? '; ' : '.'}`, note));
  });
  return runs;
}

function appendix(data: NonNullable<AnnexIIBody['appendix']>): Block[] {
  const cell = styles.table.text;
  const head = styles.tableHead.text;
  const small = { ...cell, size: 8.2 };
  const frameworks = data.frameworks;
  const legend: Run[] = [text('The table maps each measure of this Annex to the controls it satisfies in ', styles.body.text)];
  frameworks.forEach((fw, i) => {
    legend.push(text(fw.title, { ...styles.body.text, font: 'serifItalic' }));
    legend.push(text(fw.shortTitle !== fw.title ? ` (${fw.shortTitle})` : '', styles.body.text));
    legend.push(text(i < frameworks.length - 2 ? ', ' : i === frameworks.length - 2 ? ' and ' : '.', styles.body.text));
  });
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text('Appendix: mapping of measures to controls', styles.h2.text)],
          marks: [
            { kind: 'outline', title: 'Appendix: mapping of measures to controls', level: 1 },
            { kind: 'anchor', id: 'appendix' },
          ],
        },
        { type: 'paragraph', runs: legend },
        {
          type: 'table',
          variant: 'grid',
          wide: true,
          widths: [54, undefined, ...frameworks.map(() => undefined)],
          header: [[text('Measure', head)], [text('Title', head)], ...frameworks.map((fw) => [text(fw.shortTitle, head)])],
          rows: data.rows.map((row) => [
            [text(row.measureId, { ...small, font: 'sans', color: colors.accent }, { anchor: measureAnchor(row.measureId) })],
            [prose(row.title, small)],
            ...frameworks.map((fw) => [text((row.controls[fw.id] ?? []).join(', ') || '—', small)]),
          ]),
        },
      ],
    },
  ];
}
