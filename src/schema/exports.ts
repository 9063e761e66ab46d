import { z } from 'zod';
import { answerTopicIds } from './answer.ts';
import { certificationSchema } from './certification.ts';
import { isoDate, knownOr } from './common.ts';
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
} from './public.ts';
import { subprocessorEventSchema, subprocessorSchema } from './subprocessor.ts';

/**
 * The shapes of the JSON exports under /exports/: what procurement tools and scripts can rely on. Each export names
 * its format version in `format` and its JSON Schema (generated from these zod schemas by `z.toJSONSchema`,
 * published at /exports/schema/<name>.schema.json) in `$schema`. The format version changes only when a field is
 * removed, renamed or changes meaning; new fields may appear within a version (consumers ignore unknown fields).
 */
export const EXPORT_FORMATS = {
  trustCenter: 'trust-center-export/1',
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
    organisation: organisationSchema,
    processing: processingSchema,
    taxonomy: frameworkSchema,
    frameworks: z.array(frameworkSchema),
    measures: z.array(publicMeasureSchema.extend({ body: bodySchema })),
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
    legalName: knownOr(z.string()),
    purpose: subprocessorSchema.shape.purpose,
    services: z.array(z.string()),
    dataCategories: knownOr(z.array(z.string())),
    locations: knownOr(z.array(z.string())).describe('ISO 3166-1 alpha-2 country codes'),
    transferMechanisms: knownOr(z.array(z.string())).describe('eea, adequacy, dpf, scc, bcr, derogation'),
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

/** Every JSON export by the name of its schema file (/exports/schema/<name>.schema.json). */
export const exportSchemas = {
  'trust-center': trustCenterExportSchema,
  answers: answersExportSchema,
  subprocessors: subprocessorsExportSchema,
} as const;

export type ExportSchemaName = keyof typeof exportSchemas;

/** The JSON Schema (draft 2020-12) of an export, with its own URL as `$id`. */
export function exportJsonSchema(name: ExportSchemaName, url: string): Record<string, unknown> {
  const schema = z.toJSONSchema(exportSchemas[name], { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: url, title: `${name} export (${formatOf(name)})`, ...schema };
}

function formatOf(name: ExportSchemaName): string {
  return { 'trust-center': EXPORT_FORMATS.trustCenter, answers: EXPORT_FORMATS.answers, subprocessors: EXPORT_FORMATS.subprocessors }[name];
}

export type AnswersExport = z.output<typeof answersExportSchema>;
export type SubprocessorsExport = z.output<typeof subprocessorsExportSchema>;
