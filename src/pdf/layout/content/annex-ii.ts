import type { AnnexCategory, AnnexIIBody, AnnexMeasure, DocumentContent } from '../../../documents/types.ts';
import type { Block, HeadingBlock } from '../blocks.ts';
import { colors, styles } from '../theme.ts';
import type { Run, TextStyle } from '../types.ts';
import type { Words } from '../words.ts';
import { bodyBlocks } from './body.ts';
import { gapRun, prose, text } from './inline.ts';

/** Anchor id of a measure's heading, the target of "See also" and appendix links. */
const measureAnchor = (id: string) => `measure-${id}`;

/**
 * Annex II: every category of the taxonomy in its official order, numbered in the gutter, with its measures
 * (id in the gutter, title, kind, body); then the control-mapping appendix on a new page when there is one. A
 * taxonomy that prints its groups (Confidentiality, Integrity, …) gets a heading above each group's categories,
 * and every level below moves down one. A bilingual annex sets each category title and measure in its second
 * language right under the first, beside a rule, tagged with that language.
 */
export function annexIIBlocks(doc: DocumentContent, body: AnnexIIBody, w: Words): Block[] {
  const second = doc.second?.body.kind === 'annex-ii' ? doc.second.body : undefined;
  const grouped = body.groups !== undefined;
  const groupTitles = new Map((body.groups ?? []).map((group) => [group.id, group]));
  const secondGroups = new Map((second?.groups ?? []).map((group) => [group.id, group]));
  const blocks: Block[] = [];
  let currentGroup: string | undefined;
  body.categories.forEach((cat, index) => {
    if (grouped && cat.group !== currentGroup) {
      currentGroup = cat.group;
      const group = cat.group === undefined ? undefined : groupTitles.get(cat.group);
      if (group) blocks.push(groupHeading(group, secondGroups.get(group.id), doc, w));
    }
    blocks.push(category(cat, second?.categories[index], doc, body, w, grouped ? 1 : 0));
  });
  if (body.appendix) blocks.push({ type: 'pageBreak' }, ...appendix(body.appendix, doc, w));
  return blocks;
}

function groupHeading(
  group: { id: string; title: string; lang?: string },
  other: { title: string } | undefined,
  doc: DocumentContent,
  w: Words,
): Block {
  const style: TextStyle = { ...styles.h2.text, size: 12.5, color: colors.accent };
  const title = other && other.title !== group.title ? `${group.title} / ${other.title}` : group.title;
  return {
    type: 'heading',
    level: 2,
    runs: [fallback(group.title, group.lang, style, doc, w)],
    ...(other && other.title !== group.title ? { kicker: [text(other.title, styles.kicker.text)] } : {}),
    spaceBefore: 30,
    marks: [
      { kind: 'outline', title, level: 1 },
      { kind: 'anchor', id: `group-${group.id}` },
    ],
  };
}

/** Text whose language is not the document's (a draft's missing translation) prints as a visible gap in front of it. */
function fallback(value: string, lang: string | undefined, style: TextStyle, doc: DocumentContent, w: Words): Run {
  if (!lang || doc.status !== 'draft') return prose(value, style);
  return prose(`${w.t.t('annexII.translationMissingTitle')} ${value}`, style);
}

function category(
  cat: AnnexCategory,
  other: AnnexCategory | undefined,
  doc: DocumentContent,
  body: AnnexIIBody,
  w: Words,
  shift: number,
): Block {
  const level = (2 + shift) as 2 | 3;
  const heading: HeadingBlock = {
    type: 'heading',
    level,
    style: styles.h2,
    ...(shift ? { spaceBefore: 18 } : {}),
    number: [text(String(cat.order), { ...styles.h2.text, color: colors.accent })],
    runs: [
      cat.lang ? gapRun(`${w.t.t('annexII.translationMissingTitle')} ${cat.title}`, styles.h2.text) : prose(cat.title, styles.h2.text),
    ],
    marks: [
      { kind: 'outline', title: `${cat.order}. ${cat.title}`, level: 1 + shift },
      { kind: 'anchor', id: `category-${cat.id}` },
    ],
  };
  const children: Block[] = [heading];
  if (other && other.title !== cat.title) {
    children.push({
      type: 'quote',
      variant: 'translation',
      lang: doc.second!.language,
      children: [
        { type: 'paragraph', runs: [prose(other.title, { ...styles.h3.text, font: 'sans', color: colors.muted })], style: styles.h3 },
      ],
    });
  }
  if (cat.measures.length === 0) {
    children.push({
      type: 'paragraph',
      runs: [text(w.label('annexII.noMeasures', { label: body.requirementLabel ?? 'category' }), styles.note.text)],
      style: styles.note,
    });
  }
  cat.measures.forEach((m, i) => children.push(measure(m, other?.measures[i], doc, w, shift)));
  if (cat.seeAlso.length > 0) children.push({ type: 'paragraph', runs: seeAlso(cat.seeAlso, w), style: styles.note, spaceBefore: 9 });
  return { type: 'section', role: 'Sect', children };
}

function measure(m: AnnexMeasure, other: AnnexMeasure | undefined, doc: DocumentContent, w: Words, shift: number): Block {
  const kind = w.label(m.type === 'technical' ? 'annexII.technical' : 'annexII.organisational');
  const level = (3 + shift) as 3 | 4;
  const children: Block[] = [
    {
      type: 'heading',
      level,
      style: styles.h3,
      number: [text(m.id, { ...styles.h3.text, color: colors.accent })],
      runs: [
        m.lang && doc.status === 'draft'
          ? gapRun(`${w.t.t('annexII.translationMissingTitle')} ${m.title}`, styles.h3.text)
          : prose(m.title, styles.h3.text),
      ],
      kicker: [text(kind, styles.kicker.text)],
      marks: [
        { kind: 'outline', title: `${m.id} ${m.title}`, level: 2 + shift },
        { kind: 'anchor', id: measureAnchor(m.id) },
      ],
    },
  ];
  if (m.lang) {
    // A draft in a language the measure has no text in: the gap, then the source text, tagged with its language.
    const language = w.t.languageName(doc.language);
    children.push({ type: 'paragraph', runs: [gapRun(w.t.t('annexII.translationMissing', { id: m.id, language }), styles.body.text)] });
    children.push({ type: 'section', role: 'Div', lang: m.lang, children: bodyBlocks(m.body, level) });
  } else children.push(...bodyBlocks(m.body, level));
  if (other) children.push(secondLanguage(other, doc, w, level));
  return { type: 'section', role: 'Sect', children };
}

/** The measure in the second language of a bilingual annex: its title, then its body, beside a rule. */
function secondLanguage(m: AnnexMeasure, doc: DocumentContent, w: Words, level: number): Block {
  const language = doc.second!.language;
  const titleStyle = { ...styles.h3.text, color: colors.muted };
  const children: Block[] = [{ type: 'paragraph', runs: [prose(m.title, titleStyle)], style: styles.h3, spaceBefore: 2 }];
  if (m.lang)
    children.push({
      type: 'paragraph',
      runs: [gapRun(w.second!.t('annexII.translationMissing', { id: m.id, language: w.second!.languageName(language) }), styles.body.text)],
    });
  children.push(...bodyBlocks(m.body, level));
  return { type: 'quote', variant: 'translation', lang: m.lang ?? language, children };
}

/** "See also ENC-01 Title; LOG-02 Title." with each id linked to the measure where it is printed. */
function seeAlso(refs: AnnexCategory['seeAlso'], w: Words): Run[] {
  const note = styles.note.text;
  const runs: Run[] = [text(w.t.t('annexII.seeAlso'), note)];
  refs.forEach((ref, i) => {
    const link = { anchor: measureAnchor(ref.id) };
    runs.push(text(ref.id, { ...note, font: 'serifItalic', color: colors.accent }, link));
    runs.push(text(` ${ref.title}${i < refs.length - 1 ? '; ' : '.'}`, note));
  });
  return runs;
}

function appendix(data: NonNullable<AnnexIIBody['appendix']>, doc: DocumentContent, w: Words): Block[] {
  const cell = styles.table.text;
  const head = styles.tableHead.text;
  const small = { ...cell, size: 8.2 };
  const frameworks = data.frameworks;
  const title = w.label('annexII.appendix');
  const legendBlocks: Block[] = [{ type: 'paragraph', runs: legend(w.t, frameworks) }];
  if (w.second && doc.second?.body.kind === 'annex-ii' && doc.second.body.appendix) {
    legendBlocks.push({
      type: 'section',
      role: 'Div',
      lang: w.second.tag,
      children: [{ type: 'paragraph', runs: legend(w.second, doc.second.body.appendix.frameworks) }],
    });
  }
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text(title, styles.h2.text)],
          marks: [
            { kind: 'outline', title, level: 1 },
            { kind: 'anchor', id: 'appendix' },
          ],
        },
        ...legendBlocks,
        {
          type: 'table',
          variant: 'grid',
          wide: true,
          widths: [54, undefined, ...frameworks.map(() => undefined)],
          header: [
            [text(w.label('annexII.appendixMeasure'), head)],
            [text(w.label('annexII.appendixTitle'), head)],
            ...frameworks.map((fw) => [text(fw.shortTitle, head)]),
          ],
          rows: data.rows.map((row) => [
            [text(row.measureId, { ...small, font: 'sans', color: colors.accent }, { anchor: measureAnchor(row.measureId) })],
            [prose(row.title, small)],
            ...frameworks.map((fw) => {
              const ids = row.controls[fw.id] ?? [];
              // A taxonomy's ids are slugs: its titles, one per line, say what they mean.
              if (fw.titles) return [text(ids.map((id) => fw.titles![id] ?? id).join('\n') || '—', small)];
              return [text(ids.join(', ') || '—', small)];
            }),
          ]),
        },
      ],
    },
  ];
}

/** "The table maps … in ISO/IEC 27001:2022 Annex A (ISO 27001), … and NIST CSF 2.0.": framework titles in italics. */
function legend(t: Words['t'], frameworks: NonNullable<AnnexIIBody['appendix']>['frameworks']): Run[] {
  const body = styles.body.text;
  const marker = '\u0000';
  const [before = '', after = ''] = t.t('annexII.appendixLegend', { frameworks: marker }).split(marker);
  const runs: Run[] = [text(before, body)];
  const names = frameworks.map((_, i) => `\u0001${i}\u0001`);
  for (const part of t.listParts(names)) {
    const match = /^\u0001(\d+)\u0001$/.exec(part.value);
    const fw = match ? frameworks[Number(match[1])] : undefined;
    if (part.type === 'element' && fw) {
      runs.push(text(fw.title, { ...body, font: 'serifItalic' }));
      if (fw.shortTitle !== fw.title) runs.push(text(` (${fw.shortTitle})`, body));
    } else runs.push(text(part.value, body));
  }
  runs.push(text(after, body));
  return runs;
}
