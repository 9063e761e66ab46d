import type { PublicView } from '../content/public-view.ts';
import { ANSWER_COLUMNS, AUDIENCE_LABELS, EXPORT_FORMATS, type AnswersExport } from '../schema/exports.ts';
import type { PublicAnswer } from '../schema/public.ts';
import { answerLabels, documentVersionLabel, refsText } from './answers.ts';
import { csvCell } from './exports.ts';
import { routes, type SitePaths } from './paths.ts';

/** Who an export is for: the public site, or a customer under NDA (public and customer answers). */
export type Audience = AnswersExport['audience'];

/** What an answers export is built from: the answers one audience may read, and where their measures live. */
export interface AnswersExportInput {
  answers: readonly PublicAnswer[];
  audience: Audience;
  paths: SitePaths;
  organisation: string;
  buildDate: string;
  /** The documents of the content, for their annex labels. */
  documents: PublicView['documents'];
}

export function answersExportInput(
  view: PublicView,
  paths: SitePaths,
  answers: readonly PublicAnswer[] = view.answers,
  audience: Audience = 'public',
): AnswersExportInput {
  return { answers, audience, paths, organisation: view.organisation.name, buildDate: view.buildDate.day, documents: view.documents };
}

/** The answers export as data: every measure with the absolute URL of its page. */
export function answersExport(input: AnswersExportInput): AnswersExport {
  const { paths } = input;
  return {
    $schema: paths.absolute(routes.exportSchema('answers')),
    format: EXPORT_FORMATS.answers,
    site: paths.siteUrl,
    organisation: input.organisation,
    buildDate: input.buildDate,
    audience: input.audience,
    answers: input.answers.map((answer) => ({
      ...answer,
      measures: answer.measures.map((measure) => ({ ...measure, url: paths.absolute(routes.measure(measure.id)) })),
      documents: answer.documents.map((doc) => ({ ...doc, label: documentVersionLabel(doc, input) })),
    })),
  };
}

export function answersJson(input: AnswersExportInput): string {
  return `${JSON.stringify(answersExport(input), null, 2)}\n`;
}

export type AnswerRow = Record<(typeof ANSWER_COLUMNS)[number]['key'], string>;

/** One flat row per answer; lists are joined with line breaks so each item stays on its own line in a cell. */
export function answerRows(input: AnswersExportInput): AnswerRow[] {
  return answersExport(input).answers.map((answer) => ({
    id: answer.id,
    topic: answer.topicTitle,
    question: answer.question,
    answer: answerLabels[answer.answer].label,
    explanation: answer.explanation,
    measures: answer.measures.map((measure) => measure.id).join('\n'),
    links: answer.measures.map((measure) => measure.url).join('\n'),
    refs: refsText(answer.refs),
    reviewed: answer.reviewed,
    documents: answer.documents.map((doc) => doc.label).join('\n'),
    audience: AUDIENCE_LABELS[answer.audience],
  }));
}

/** The answers as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read accents right). */
export function answersCsv(input: AnswersExportInput): string {
  const header = ANSWER_COLUMNS.map((column) => column.header);
  const rows = answerRows(input).map((row) => ANSWER_COLUMNS.map((column) => row[column.key]));
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
