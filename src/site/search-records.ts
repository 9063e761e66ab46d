import { annexNumber } from '../documents/numbering.ts';
import { countryName } from '../documents/annex-iii.ts';
import type { SiteData } from './data.ts';
import { answerLabels } from './answers.ts';
import { escapeHtml } from './escape.ts';
import { known } from './format.ts';
import { routes } from './paths.ts';

/**
 * What the search index holds, written from the public view rather than scraped from the pages: one small HTML
 * record per thing a reviewer looks for, with only the text that should match and show in an excerpt.
 *
 * - Measures: the title and the id weigh most, then the description. Framework names and control titles are left
 *   out of the text (otherwise "SOC 2" matches every measure mapped to a SOC 2 criterion); the controls a measure
 *   is mapped to are a `control` filter instead, which the widget uses when the query is a control id ("8.24").
 * - Certifications, sub-processors, questionnaire answers, documents, frameworks and the home page, each with a
 *   `type` filter.
 *
 * The description comes first and its word count is stored as the `words` meta: the widget cuts its excerpt from
 * those words only, never from the title or ids after them. Blocks are separate elements with a space between
 * them, so an excerpt never runs two blocks together.
 */
export interface SearchRecord {
  /** Result URL, with the site's base path. */
  url: string;
  /** A complete HTML document for Pagefind (data-pagefind-body, -weight, -meta and -filter attributes). */
  html: string;
}

/** Control ids as the `control` filter stores them: lower case, no spaces ("CC6.1" -> "cc6.1"). */
export function controlKey(id: string): string {
  return id.toLowerCase().replace(/\s+/g, '');
}

export function searchRecords(site: SiteData): SearchRecord[] {
  const { view, paths } = site;
  const language = view.organisation.site.languages[0] ?? 'en';
  const records: SearchRecord[] = [];
  const add = (path: string, record: RecordParts) => records.push({ url: paths.href(path), html: recordHtml(language, record) });

  for (const m of view.measures) {
    const controls = Object.values(m.satisfies).flat();
    add(routes.measure(m.id), {
      type: 'Measure',
      title: m.title,
      meta: { label: m.id },
      strong: [m.id],
      blocks: m.text.split(/\n{2,}/),
      filters: { control: [...new Set(controls.map(controlKey))] },
    });
  }
  for (const c of view.certifications) {
    add(`${routes.home}#${c.id}`, {
      type: 'Certification',
      titleWeight: 0.5,
      title: c.standard,
      meta: c.inheritedFrom ? { label: c.inheritedFrom.name } : {},
      strong: [],
      blocks: [c.inheritedFrom ? `Inherited from ${c.inheritedFrom.name}.` : '', c.issuer ? `Issued by ${c.issuer}.` : '', c.scope],
      weight: 0.25,
    });
  }
  for (const s of view.subprocessors.filter((sub) => sub.state !== 'removed')) {
    const locations = known(s.locations);
    const categories = known(s.dataCategories);
    add(`${routes.subprocessors}#${s.id}`, {
      type: 'Sub-processor',
      title: s.name,
      meta: {},
      strong: [],
      blocks: [s.purpose, ...s.services, ...(categories ?? []), locations ? locations.map(countryName).join(', ') : ''],
    });
  }
  // Questionnaire answers: the question weighs like a title, the explanation is the excerpt, the measure ids match.
  for (const a of view.answers) {
    add(routes.answer(a.topic, a.id), {
      type: 'Answer',
      title: a.question,
      meta: { label: answerLabels[a.answer].label },
      strong: a.measures.map((measure) => measure.id),
      blocks: [a.explanation],
      weight: 0.5,
    });
  }
  for (const d of view.documents) {
    const { label } = annexNumber(d.kind, d.numbering);
    add(`${routes.documents}#${d.id}`, {
      type: 'Document',
      titleWeight: 0.5,
      title: `${label}: ${d.title}`,
      meta: {},
      strong: [],
      blocks: [d.status === 'released' ? `Version ${d.version}, released.` : `Version ${d.version}, draft.`, d.preamble ?? ''],
      weight: 0.25,
    });
  }
  for (const f of site.frameworkOrder) {
    add(routes.framework(f.id), {
      type: f.kind === 'taxonomy' ? 'Taxonomy' : 'Framework',
      titleWeight: 0.5,
      title: f.title,
      meta: {},
      strong: [],
      blocks: [`The measures mapped to each ${f.requirementLabel} of ${f.shortTitle ?? f.title}.`],
      weight: 0.25,
    });
  }
  add(routes.home, {
    type: 'Page',
    title: view.organisation.site.title,
    meta: {},
    strong: [],
    blocks: [view.organisation.overview],
    weight: 0.25,
  });
  return records;
}

interface RecordParts {
  type: string;
  title: string;
  meta: Record<string, string>;
  /** Short terms that weigh like the title (ids, short names). */
  strong: string[];
  blocks: string[];
  filters?: Record<string, string[]>;
  /** Weight of the blocks (1 by default): lower for overview records, so a measure saying the same ranks first. */
  weight?: number;
  /** Weight of the title (10 by default). */
  titleWeight?: number;
}

function recordHtml(language: string, record: RecordParts): string {
  const e = escapeHtml;
  const blocks = record.blocks.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const words = blocks.join(' ').split(' ').filter(Boolean).length;
  const meta = Object.entries({ title: record.title, ...record.meta, words: String(words) }).map(
    ([key, value]) => `<span data-pagefind-meta="${e(key)}:${e(value)}"></span>`,
  );
  const filters = Object.entries({ type: [record.type], ...record.filters }).flatMap(([key, values]) =>
    values.map((value) => `<span data-pagefind-filter="${e(key)}:${e(value)}"></span>`),
  );
  const weight = record.weight === undefined ? '' : ` data-pagefind-weight="${record.weight}"`;
  return [
    `<!doctype html><html lang="${e(language)}"><head><title>${e(record.title)}</title></head><body><main data-pagefind-body>`,
    ...blocks.map((text) => `<p${weight}>${e(text)}</p> `),
    `<p data-pagefind-weight="${record.titleWeight ?? 10}">${e(record.title)}</p> `,
    ...record.strong.map((term) => `<p data-pagefind-weight="8">${e(term)}</p> `),
    ...meta,
    ...filters,
    '</main></body></html>',
  ].join('\n');
}
