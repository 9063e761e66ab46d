import { z } from 'zod';
import { answerTopicIds, answerValues, type AnswerValue } from './answer.ts';
import { certificationSchema } from './certification.ts';
import { isoDate, slugId } from './common.ts';
import { documentSchema } from './document.ts';
import { frameworkSchema } from './framework.ts';
import { organisationSchema } from './organisation.ts';
import { processingSchema } from './processing.ts';
import type { PublicBlock, PublicInline } from './public-body.ts';
import {
  answerDocumentSchema,
  answerMeasureSchema,
  publicAnswerSchema,
  publicCertificationSchema,
  publicEvidenceSchema,
  publicMeasureSchema,
  publicSubprocessorSchema,
  publicTranslationSchema,
} from './public.ts';
import { subprocessorEventSchema, subprocessorSchema } from './subprocessor.ts';

/**
 * The shapes of the JSON exports under /exports/: what procurement tools and scripts can rely on. Each export names
 * its format version in `format` and its JSON Schema (generated from these zod schemas by `z.toJSONSchema`,
 * published at /exports/schema/<name>.schema.json) in `$schema`. The format version changes only when a field is
 * removed, renamed or changes meaning; new fields may appear within a version (consumers ignore unknown fields).
 */
export const EXPORT_FORMATS = {
  trustCenter: 'trust-center-export/2',
  answers: 'trust-center-answers/1',
  subprocessors: 'trust-center-subprocessors/1',
} as const;

// The public body tree as data (the site and PDF render it; the JSON carries it as is).
const inline: z.ZodType<PublicInline> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('inlineCode'), value: z.string() }),
    z.object({ type: z.literal('break') }),
    z.object({ type: z.enum(['emphasis', 'strong', 'delete']), children: z.array(inline) }),
    z.object({ type: z.literal('link'), url: z.string().regex(/^(?:https?:|mailto:|[^:]*$)/i), children: z.array(inline) }),
    z.object({ type: z.literal('evidenceRef'), id: z.string(), title: z.string(), url: z.string().optional() }),
  ]),
);
const block: z.ZodType<PublicBlock> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), children: z.array(inline) }),
    z.object({ type: z.literal('heading'), depth: z.number().int().min(1).max(6), children: z.array(inline) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean(),
      start: z.number().int().nullable(),
      children: z.array(z.object({ type: z.literal('listItem'), children: z.array(block) })),
    }),
    z.object({ type: z.literal('blockquote'), children: z.array(block) }),
    z.object({ type: z.literal('code'), value: z.string(), lang: z.string().nullable() }),
    z.object({ type: z.literal('thematicBreak') }),
    z.object({
      type: z.literal('table'),
      align: z.array(z.enum(['left', 'right', 'center']).nullable()),
      children: z.array(
        z.object({ type: z.literal('tableRow'), children: z.array(z.object({ type: z.literal('tableCell'), children: z.array(inline) })) }),
      ),
    }),
  ]),
) as z.ZodType<PublicBlock>;
const bodySchema = z.object({ type: z.literal('root'), children: z.array(block) });

/** `/exports/trust-center.json`: the whole public view. */
export const trustCenterExportSchema = z
  .object({
    $schema: z.string().describe('URL of this JSON Schema'),
    format: z.literal(EXPORT_FORMATS.trustCenter),
    site: z.string().describe('Base URL of the trust center'),
    buildDate: isoDate.describe('The day the content was built (YYYY-MM-DD)'),
    contentLanguage: z.string().describe('Language the content is written in (BCP 47); translations are keyed by language'),
    organisation: organisationSchema,
    processing: processingSchema,
    taxonomy: frameworkSchema,
    frameworks: z.array(frameworkSchema),
    measures: z.array(
      publicMeasureSchema.extend({
        body: bodySchema,
        translations: z.record(z.string(), publicTranslationSchema.extend({ body: bodySchema })),
      }),
    ),
    evidence: z.array(publicEvidenceSchema),
    certifications: z.array(publicCertificationSchema),
    subprocessors: z.array(publicSubprocessorSchema),
    documents: z.array(documentSchema),
    answers: z.array(publicAnswerSchema),
    answersOnRequest: z
      .partialRecord(z.enum(answerTopicIds), z.number().int().nonnegative())
      .describe('Customer answers per topic, counted only'),
  })
  .strict();

/** One answer as exported: its measures carry the URL of their page on the trust center. */
export const exportedAnswerSchema = publicAnswerSchema.extend({
  measures: z.array(answerMeasureSchema.extend({ url: z.string().describe('Absolute URL of the measure page') })),
  documents: z.array(answerDocumentSchema.extend({ label: z.string().describe('Such as "Annex II 1.0.0" or "Annex III 0.1.0 (draft)"') })),
});

/** `/exports/answers.json` (and `npm run export -- answers --format json`). */
export const answersExportSchema = z
  .object({
    $schema: z.string().describe('URL of this JSON Schema'),
    format: z.literal(EXPORT_FORMATS.answers),
    site: z.string().describe('Base URL of the trust center'),
    organisation: z.string().describe('Name of the organisation that answers'),
    buildDate: isoDate.describe('The day the content was built (YYYY-MM-DD)'),
    audience: z.enum(['public', 'customer']).describe('public: published answers only; customer: also answers given under NDA'),
    answers: z.array(exportedAnswerSchema),
  })
  .strict();

/** One sub-processor as exported, with the dates customers ask for. */
export const exportedSubprocessorSchema = z
  .object({
    id: subprocessorSchema.shape.id,
    name: subprocessorSchema.shape.name,
    legalName: z.string().optional().describe('Left out while not yet known'),
    purpose: subprocessorSchema.shape.purpose,
    services: z.array(z.string()),
    dataCategories: z.array(z.string()).optional().describe('Left out while not yet known'),
    locations: z.array(z.string()).optional().describe('ISO 3166-1 alpha-2 country codes; left out while not yet known'),
    transferMechanisms: z.array(z.string()).optional().describe('eea, adequacy, dpf, scc, bcr, derogation; left out while not yet known'),
    website: z.string().optional(),
    since: isoDate.describe('Date it was first added'),
    until: isoDate.optional().describe('Date it was (or will be) removed'),
    state: z.enum(['active', 'upcoming', 'removed']),
    history: z.array(subprocessorEventSchema),
  })
  .strict();

/** `/exports/subprocessors.json`. */
export const subprocessorsExportSchema = z
  .object({
    $schema: z.string().describe('URL of this JSON Schema'),
    format: z.literal(EXPORT_FORMATS.subprocessors),
    site: z.string().describe('Base URL of the trust center'),
    buildDate: isoDate.describe('The day the content was built (YYYY-MM-DD)'),
    subprocessors: z.array(exportedSubprocessorSchema),
  })
  .strict();

/**
 * The columns of the answers spreadsheet (answers.csv and the first sheet of answers.xlsx), in order, with their
 * widths in the workbook. Their headers, like every word of the spreadsheet, are in the spreadsheet's language (see
 * `AnswersTableWording`). Lists in a cell are one item per line.
 */
export const ANSWER_COLUMNS = [
  { key: 'id', width: 28 },
  { key: 'topic', width: 22 },
  { key: 'question', width: 48 },
  { key: 'answer', width: 14 },
  { key: 'explanation', width: 80 },
  { key: 'measures', width: 18 },
  { key: 'links', width: 48 },
  { key: 'refs', width: 22 },
  { key: 'reviewed', width: 14 },
  { key: 'documents', width: 30 },
  { key: 'audience', width: 12 },
] as const;

export type AnswerColumn = (typeof ANSWER_COLUMNS)[number]['key'];

/**
 * The fixed words of an answers spreadsheet in one language: its column headers and the values of the columns that
 * hold a label rather than content (the short answer, who may receive it). The message catalogues supply them; the
 * schema only needs them as data, so that the published schema matches the headers of the published files.
 */
export interface AnswersTableWording {
  headers: Record<AnswerColumn, string>;
  answers: Record<AnswerValue, string>;
  audiences: Record<'public' | 'customer', string>;
}

const lines = (item: string) => new RegExp(`^(?:${item}(?:\\n${item})*)?$`);

/**
 * The answers spreadsheet as data: one object per row, keyed by the column header. A site in several languages
 * publishes a spreadsheet per language, so a row may be in any of `wordings` (one object schema per language).
 */
export function answersTableSchema(wordings: readonly AnswersTableWording[]) {
  const rows = wordings.map(({ headers, answers, audiences }) => {
    const cells: Record<AnswerColumn, z.ZodType> = {
      id: slugId,
      topic: z.string().min(1),
      question: z.string().min(1),
      answer: z.enum(answerValues.map((value) => answers[value]) as [string, ...string[]]),
      explanation: z.string().min(1),
      measures: z.string().regex(lines('[A-Z][A-Z0-9]{1,7}-\\d{2,4}')),
      links: z.string().regex(lines('https?://\\S+')),
      refs: z.string(),
      reviewed: isoDate,
      documents: z.string(),
      audience: z.enum([audiences.public, audiences.customer]),
    };
    return z.object(Object.fromEntries(ANSWER_COLUMNS.map(({ key }) => [headers[key], cells[key]]))).strict();
  });
  const [first, ...rest] = rows;
  if (!first) throw new Error('the answers table schema needs the wording of at least one language');
  return z.array(rest.length ? z.union([first, ...rest]) : first);
}

/** The columns of /exports/subprocessors.csv, in order. */
export const SUBPROCESSOR_COLUMNS = [
  'id',
  'name',
  'legal_name',
  'purpose',
  'services',
  'data_categories',
  'locations',
  'transfer_mechanisms',
  'since',
  'state',
  'website',
] as const;

/** /exports/subprocessors.csv as data: one object per row, keyed by the column header. Lists are joined with "; ". */
export const subprocessorsTableSchema = z.array(
  z
    .object({
      id: slugId,
      name: z.string().min(1),
      legal_name: z.string().describe('Empty while not yet known'),
      purpose: z.string().min(1),
      services: z.string(),
      data_categories: z.string().describe('Empty while not yet known'),
      locations: z.string().describe('Empty while not yet known'),
      transfer_mechanisms: z.string().describe('Empty while not yet known'),
      since: isoDate,
      state: z.enum(['active', 'upcoming', 'removed']),
      website: z.string(),
    })
    .strict(),
);

/**
 * Every export by the name of its schema file (/exports/schema/<name>.schema.json): the JSON files, and the
 * spreadsheets read as one object per row keyed by the header (`*-table`).
 */
const fixedSchemas = {
  'trust-center': trustCenterExportSchema,
  answers: answersExportSchema,
  subprocessors: subprocessorsExportSchema,
  'subprocessors-table': subprocessorsTableSchema,
} as const;

export const exportSchemaNames = ['trust-center', 'answers', 'subprocessors', 'answers-table', 'subprocessors-table'] as const;
export type ExportSchemaName = (typeof exportSchemaNames)[number];

/**
 * The JSON Schema (draft 2020-12) of an export, with its own URL as `$id`. The answers table's headers and labels
 * are words of the spreadsheet's language: `answersTables` gives the wording of each language it is published in.
 */
export function exportJsonSchema(
  name: ExportSchemaName,
  url: string,
  answersTables: readonly AnswersTableWording[] = [],
): Record<string, unknown> {
  const zod = name === 'answers-table' ? answersTableSchema(answersTables) : fixedSchemas[name];
  const schema = withoutUnknownFacts(z.toJSONSchema(zod, { io: 'output', target: 'draft-2020-12' })).schema as Record<string, unknown>;
  return { $schema: schema.$schema, $id: url, title: titles[name], ...schema };
}

type JsonSchema = Record<string, unknown>;

/**
 * The exports leave out every fact the content marks `{ unknown: "why" }` (an object key holding one is dropped, as is
 * an array item that is one). The content schemas allow the marker (`knownOr`), so their JSON Schema is rewritten to
 * match: the marker's branch is removed from each union, and a property that could hold it becomes optional.
 */
function withoutUnknownFacts(node: unknown): { schema: unknown; couldBeUnknown: boolean } {
  if (Array.isArray(node)) return { schema: node.map((item) => withoutUnknownFacts(item).schema), couldBeUnknown: false };
  if (node === null || typeof node !== 'object') return { schema: node, couldBeUnknown: false };
  const out: JsonSchema = {};
  let couldBeUnknown = false;
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === 'anyOf' && Array.isArray(value)) {
      const kept = value.filter((branch) => !isUnknownFact(branch));
      couldBeUnknown = kept.length < value.length;
      if (kept.length === 1) Object.assign(out, withoutUnknownFacts(kept[0]).schema as JsonSchema);
      else out.anyOf = kept.map((branch) => withoutUnknownFacts(branch).schema);
    } else if (key === 'properties' && value && typeof value === 'object') {
      const properties: JsonSchema = {};
      const optional = new Set<string>();
      for (const [name, property] of Object.entries(value as JsonSchema)) {
        const result = withoutUnknownFacts(property);
        properties[name] = result.schema;
        if (result.couldBeUnknown) optional.add(name);
      }
      out.properties = properties;
      const required = (node as JsonSchema).required;
      if (Array.isArray(required)) out.required = required.filter((name) => !optional.has(name as string));
    } else if (key !== 'required') {
      out[key] = withoutUnknownFacts(value).schema;
    }
  }
  return { schema: out, couldBeUnknown };
}

function isUnknownFact(branch: unknown): boolean {
  const properties = (branch as JsonSchema | null)?.properties;
  return !!properties && typeof properties === 'object' && Object.keys(properties).length === 1 && 'unknown' in properties;
}

const titles: Record<ExportSchemaName, string> = {
  'trust-center': `/exports/trust-center.json (${EXPORT_FORMATS.trustCenter})`,
  answers: `/exports/answers.json (${EXPORT_FORMATS.answers})`,
  subprocessors: `/exports/subprocessors.json (${EXPORT_FORMATS.subprocessors})`,
  'answers-table':
    '/exports/answers.csv and the first sheet of /exports/answers.xlsx (on a site in several languages also answers.<language>.csv and .xlsx), one object per row keyed by the header, in the language of the file',
  'subprocessors-table':
    '/exports/subprocessors.csv (on a site in several languages also subprocessors.<language>.csv, with the same headers), one object per row keyed by the header',
};

export type AnswersExport = z.output<typeof answersExportSchema>;
export type SubprocessorsExport = z.output<typeof subprocessorsExportSchema>;
