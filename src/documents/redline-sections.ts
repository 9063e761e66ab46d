import type { Translator } from '../i18n/translator.ts';
import { publicBodyText } from '../content/to-public-body.ts';
import { isUnknown } from '../schema/index.ts';
import { deleted, inserted, same, type RedlineChange, type RedlineItem, type RedlineSection } from './redline-types.ts';
import type {
  AnnexCategory,
  AnnexIBody,
  AnnexIIBody,
  AnnexIIIBody,
  AnnexMeasure,
  AnnexParty,
  AnnexSubprocessor,
  DocumentContent,
} from './types.ts';
import { wordDiff, type WordPart } from './word-diff.ts';

/** The word diff of two texts, or the whole text inserted or deleted when one side has none. */
function diffText(before: string | undefined, after: string | undefined): WordPart[] {
  if (before === undefined) return inserted(after ?? '');
  if (after === undefined) return deleted(before);
  return wordDiff(before, after);
}

const changed = (parts: readonly WordPart[]) => parts.some((part) => part.type !== 'same');

function itemChange(before: unknown, after: unknown, differs: boolean): RedlineChange {
  return before === undefined ? 'added' : after === undefined ? 'removed' : differs ? 'changed' : 'unchanged';
}

/** A value as one line of text; an unknown fact prints as the gap the annex shows. */
export function valueText(value: unknown, t: Translator): string {
  if (value === undefined || value === null) return '';
  if (isUnknown(value)) return t.t('unknown.gap', { reason: value.unknown });
  if (Array.isArray(value)) return value.map((item) => valueText(item, t)).join('; ');
  if (typeof value === 'object') {
    const contact = value as Record<string, unknown>;
    return ['name', 'role', 'email', 'url', 'basis']
      .map((key) => contact[key])
      .filter((part) => typeof part === 'string')
      .join(', ');
  }
  return String(value).replace(/\s+/g, ' ').trim();
}

/** Items made of labelled fields: each field diffed on its own, unchanged fields left out. */
function fieldsItem(
  key: string | undefined,
  title: { base?: string; head?: string },
  fields: [string, unknown, unknown][],
  present: { base: boolean; head: boolean },
  t: Translator,
  note?: string,
): RedlineItem {
  const blocks = fields
    .map(([label, before, after]) => ({
      label,
      parts: diffText(present.base ? valueText(before, t) : undefined, present.head ? valueText(after, t) : undefined),
    }))
    .filter((block) => block.parts.length > 0 && (changed(block.parts) || !present.base || !present.head));
  const differs = blocks.length > 0 || title.base !== title.head;
  const change = !present.base ? 'added' : !present.head ? 'removed' : differs ? 'changed' : 'unchanged';
  return {
    ...(key ? { key } : {}),
    heading: diffText(present.base ? title.base : undefined, present.head ? title.head : undefined),
    change,
    ...(note ? { note } : {}),
    blocks: change === 'unchanged' ? [] : blocks,
  };
}

/** Title, label, preamble and the organisation's name: printed in the title block of every annex. */
export function headingItems(base: DocumentContent | undefined, head: DocumentContent | undefined, t: Translator): RedlineItem[] {
  if (!base || !head) return [];
  const parts: [string, unknown, unknown][] = [
    [t.t('redline.title'), base.title, head.title],
    [t.t('redline.label'), base.label, head.label],
    [t.t('redline.introduction'), base.preamble, head.preamble],
    [t.t('pdf.organisation'), base.organisation, head.organisation],
  ];
  const valueOf = (value: unknown) => valueText(value, t);
  return parts
    .filter(([, before, after]) => valueOf(before) !== valueOf(after))
    .map(([label, before, after]) => ({
      heading: same(label),
      change: 'changed' as const,
      blocks: [{ parts: diffText(valueOf(before) || undefined, valueOf(after) || undefined) }],
    }));
}

/** Annex I: A. parties (one item per party), B. description (one item per SCC item), C. authority. */
export function annexISections(base: DocumentContent | undefined, head: DocumentContent | undefined, t: Translator): RedlineSection[] {
  const b = base?.body as AnnexIBody | undefined;
  const h = head?.body as AnnexIBody | undefined;
  const parties = (pick: (body: AnnexIBody) => AnnexParty[], role: string): RedlineItem[] => {
    const before = b ? pick(b) : [];
    const after = h ? pick(h) : [];
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => {
      const x = before[i];
      const y = after[i];
      return fieldsItem(
        undefined,
        { ...(x ? { base: `${role} ${i + 1}: ${x.name}` } : {}), ...(y ? { head: `${role} ${i + 1}: ${y.name}` } : {}) },
        [
          [t.t('annexI.name'), x?.name, y?.name],
          [t.t('annexI.address'), x?.address, y?.address],
          [t.t('annexI.contact'), x?.contact, y?.contact],
          [t.t('redline.activities'), x?.activities, y?.activities],
          [t.t('redline.role'), x?.role, y?.role],
        ],
        { base: x !== undefined, head: y !== undefined },
        t,
      );
    });
  };
  const keys = [...new Set([...(h?.description ?? []), ...(b?.description ?? [])].map((item) => item.key))];
  const description = keys.map((key) => {
    const x = b?.description.find((item) => item.key === key);
    const y = h?.description.find((item) => item.key === key);
    return fieldsItem(
      undefined,
      { ...(x ? { base: x.label } : {}), ...(y ? { head: y.label } : {}) },
      [['', x?.value, y?.value]],
      { base: x !== undefined, head: y !== undefined },
      t,
    );
  });
  return [
    {
      number: 'A.',
      title: t.t('annexI.partiesSection'),
      items: [...parties((body) => body.exporters, t.t('party.exporter')), ...parties((body) => body.importers, t.t('party.importer'))],
    },
    { number: 'B.', title: t.t('annexI.descriptionSection.scc-2021-914'), items: description },
    {
      number: 'C.',
      title: t.t('annexI.authoritySection'),
      items: [
        fieldsItem(
          undefined,
          { ...(b ? { base: t.t('annexI.authoritySection') } : {}), ...(h ? { head: t.t('annexI.authoritySection') } : {}) },
          [['', b?.authority, h?.authority]],
          {
            base: b !== undefined,
            head: h !== undefined,
          },
          t,
        ),
      ],
    },
  ];
}

/**
 * Annex II: each category of the taxonomy in order, with every measure listed under it at either side. A changed
 * measure shows its wording word by word; an unchanged one only its id and title. A measure moved between
 * categories is shown where the head lists it, with a note. The control-mapping appendix follows, with the rows
 * that differ.
 */
export function annexIISections(base: DocumentContent | undefined, head: DocumentContent | undefined, t: Translator): RedlineSection[] {
  const b = base?.body as AnnexIIBody | undefined;
  const h = head?.body as AnnexIIBody | undefined;
  const where = (body: AnnexIIBody | undefined) => {
    const out = new Map<string, { category: AnnexCategory; measure: AnnexMeasure }>();
    for (const category of body?.categories ?? []) for (const measure of category.measures) out.set(measure.id, { category, measure });
    return out;
  };
  const before = where(b);
  const after = where(h);
  const categories = h?.categories ?? b?.categories ?? [];
  const sections: RedlineSection[] = categories.map((category) => {
    const old = b?.categories.find((c) => c.id === category.id);
    const ids = [
      ...category.measures.map((m) => m.id),
      // Measures the base listed here and the head lists nowhere.
      ...(old?.measures ?? []).map((m) => m.id).filter((id) => !after.has(id)),
    ];
    const items = ids.map((id) => {
      const x = before.get(id);
      const y = after.get(id);
      const moved =
        x && y && x.category.id !== y.category.id
          ? t.t('redline.movedFrom', { number: String(x.category.order), title: x.category.title })
          : undefined;
      return measureItem(x?.measure, y?.measure, moved, t);
    });
    const titleChanged = old && old.title !== category.title;
    return {
      number: String(category.order),
      title: titleChanged ? t.t('redline.formerly', { title: category.title, old: old.title }) : category.title,
      items,
    };
  });
  const appendix = appendixSection(b, h, t);
  if (appendix) sections.push(appendix);
  return sections;
}

function measureItem(x: AnnexMeasure | undefined, y: AnnexMeasure | undefined, note: string | undefined, t: Translator): RedlineItem {
  const text = (m: AnnexMeasure | undefined) => (m ? publicBodyText(m.body) : undefined);
  const body = diffText(text(x), text(y));
  const heading = diffText(x?.title, y?.title);
  const kind = (m: AnnexMeasure | undefined) =>
    m ? t.t(m.type === 'technical' ? 'annexII.technical' : 'annexII.organisational') : undefined;
  const typeParts = diffText(kind(x), kind(y));
  const differs = changed(body) || changed(heading) || changed(typeParts) || note !== undefined;
  const change = itemChange(x, y, differs);
  const blocks =
    change === 'unchanged'
      ? []
      : [...(changed(typeParts) && x && y ? [{ label: t.t('redline.type'), parts: typeParts }] : []), { parts: body }];
  return { key: (y ?? x)!.id, heading, change, ...(note ? { note } : {}), blocks };
}

function appendixSection(b: AnnexIIBody | undefined, h: AnnexIIBody | undefined, t: Translator): RedlineSection | undefined {
  if (!b?.appendix && !h?.appendix) return undefined;
  const frameworks = h?.appendix?.frameworks ?? b?.appendix?.frameworks ?? [];
  const rows = (body: AnnexIIBody | undefined) => new Map((body?.appendix?.rows ?? []).map((row) => [row.measureId, row]));
  const before = rows(b);
  const after = rows(h);
  const ids = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))];
  const items = ids
    .map((id) => {
      const x = before.get(id);
      const y = after.get(id);
      return fieldsItem(
        id,
        { ...(x ? { base: x.title } : {}), ...(y ? { head: y.title } : {}) },
        frameworks.map((fw): [string, unknown, unknown] => [
          fw.shortTitle,
          x ? (x.controls[fw.id] ?? []).join(', ') || '—' : undefined,
          y ? (y.controls[fw.id] ?? []).join(', ') || '—' : undefined,
        ]),
        { base: x !== undefined, head: y !== undefined },
        t,
      );
    })
    // Rows of measures added or removed repeat what the measures above say; only mappings that changed are news.
    .filter((item) => item.change === 'changed');
  return { title: t.t('redline.appendix'), items };
}

/** Annex III: every sub-processor listed at either side, with its particulars diffed field by field. */
export function annexIIISections(base: DocumentContent | undefined, head: DocumentContent | undefined, t: Translator): RedlineSection[] {
  const b = base?.body as AnnexIIIBody | undefined;
  const h = head?.body as AnnexIIIBody | undefined;
  const before = new Map((b?.subprocessors ?? []).map((sp) => [sp.id, sp]));
  const after = new Map((h?.subprocessors ?? []).map((sp) => [sp.id, sp]));
  const ids = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))];
  const items = ids.map((id) => subprocessorItem(before.get(id), after.get(id), t));
  const intro =
    b && h && b.intro !== h.intro
      ? [{ heading: same(t.t('redline.introduction')), change: 'changed' as const, blocks: [{ parts: wordDiff(b.intro, h.intro) }] }]
      : [];
  return [{ title: t.t('redline.subprocessors'), items: [...intro, ...items] }];
}

/** "From 15 January 2027" and the like, as Annex III prints an announced change. */
function period(sp: AnnexSubprocessor | undefined, t: Translator): string | undefined {
  if (!sp || (!sp.from && !sp.until)) return sp ? t.t('redline.inEffect') : undefined;
  if (sp.from && sp.until) return t.t('annexIII.fromUntil', { from: t.date(sp.from), until: t.date(sp.until) });
  return sp.from ? t.t('annexIII.from', { from: t.date(sp.from) }) : t.t('redline.noteUntil', { date: t.date(sp.until!) });
}

function subprocessorItem(x: AnnexSubprocessor | undefined, y: AnnexSubprocessor | undefined, t: Translator): RedlineItem {
  const item = fieldsItem(
    undefined,
    { ...(x ? { base: x.name } : {}), ...(y ? { head: y.name } : {}) },
    [
      [t.t('annexIII.authorised'), period(x, t), period(y, t)],
      [t.t('annexIII.legalName'), x?.legalName, y?.legalName],
      [t.t('annexI.address'), x?.address, y?.address],
      [t.t('annexI.contact'), x?.contact, y?.contact],
      [t.t('annexIII.services'), x?.services, y?.services],
      [t.t('annexIII.purpose'), x?.purpose, y?.purpose],
      [t.t('annexIII.dataCategories'), x?.dataCategories, y?.dataCategories],
      [t.t('annexIII.locations'), x?.locations, y?.locations],
      [t.t('annexIII.transferMechanism'), x?.transferMechanisms, y?.transferMechanisms],
    ],
    { base: x !== undefined, head: y !== undefined },
    t,
  );
  const when = y?.from ?? y?.until;
  return when && item.change !== 'unchanged'
    ? {
        ...item,
        note: y!.from ? t.t('redline.noteFrom', { date: t.date(y!.from) }) : t.t('redline.noteUntil', { date: t.date(y!.until!) }),
      }
    : item;
}
