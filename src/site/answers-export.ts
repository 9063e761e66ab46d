import { sameLanguage, localiseAnswer } from '../content/localise.ts';
import type { PublicView } from '../content/public-view.ts';
import { isUiLanguage } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';
import { answerValues } from '../schema/answer.ts';
import { ANSWER_COLUMNS, EXPORT_FORMATS, type AnswerColumn, type AnswersExport, type AnswersTableWording } from '../schema/exports.ts';
import type { PublicAnswer } from '../schema/public.ts';
import { answerValue, documentLabels, documentVersionLabel, refsText, topicTitle } from './answers.ts';
import { csvCell } from './exports.ts';
import { fileLanguage, routes, SitePaths } from './paths.ts';

/** Who an export is for: the public site, or a customer under NDA (public and customer answers). */
export type Audience = AnswersExport['audience'];

/** What an answers export is built from: the answers one audience may read, and where their measures live. */
export interface AnswersExportInput {
  answers: readonly PublicAnswer[];
  audience: Audience;
  /** Where the measure pages are, in the spreadsheet's language (see `answersPaths`). */
  paths: SitePaths;
  organisation: string;
  buildDate: string;
  /** The documents of the content, for their annex labels. */
  documents: PublicView['documents'];
  contentLanguage: string;
  /**
   * The spreadsheet's language: every fixed word of it (sheet names, headers, short answers, topics, document
   * names) and the answers' own text where they have a translation into it, as the site's pages in that language
   * show them. The JSON is a machine format with every translation in it and does not depend on it.
   */
  t: Translator;
}

export function answersExportInput(
  view: PublicView,
  options: { paths: SitePaths; t: Translator; answers?: readonly PublicAnswer[]; audience?: Audience },
): AnswersExportInput {
  return {
    answers: options.answers ?? view.answers,
    audience: options.audience ?? 'public',
    paths: options.paths,
    organisation: view.organisation.name,
    buildDate: view.buildDate.day,
    documents: view.documents,
    contentLanguage: view.contentLanguage,
    t: options.t,
  };
}

/**
 * The language an answers spreadsheet speaks by default: the content's, so its fixed words match the answers
 * written in it; the site's first language when the content is written in one without a message catalogue.
 */
export function defaultExportLanguage(view: Pick<PublicView, 'contentLanguage' | 'organisation'>): string {
  return isUiLanguage(view.contentLanguage) ? view.contentLanguage : view.organisation.site.languages[0]!;
}

/**
 * Where the measure pages in `language` are: under /<language>/ on a site in several languages; the site's first
 * language's pages when it publishes none in `language`.
 */
export function answersPaths(view: Pick<PublicView, 'organisation'>, language: string): SitePaths {
  const { languages, baseUrl } = view.organisation.site;
  if (languages.length < 2) return new SitePaths(baseUrl);
  const own = languages.find((candidate) => candidate === language) ?? languages.find((candidate) => sameLanguage(candidate, language));
  return new SitePaths(baseUrl, own ?? languages[0]);
}

/**
 * The site's answers spreadsheet for the pages in `language`: the default language's at exports/answers.<format>
 * (the address it always had), each other language's at exports/answers.<language>.<format>.
 */
export function answersSpreadsheetRoute(format: 'csv' | 'xlsx', language: string, languages: readonly string[]): string {
  return routes.exportAnswers(format, fileLanguage(language, languages));
}

/** The answers export as data: every measure with the absolute URL of its page. */
export function answersExport(input: AnswersExportInput): AnswersExport {
  const { paths } = input;
  return {
    $schema: paths.absoluteFile(routes.exportSchema('answers')),
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

/** The fixed words of the answers spreadsheet in `t`'s language (the published table schema is keyed by them). */
export function answersTableWording(t: Translator): AnswersTableWording {
  return {
    headers: Object.fromEntries(ANSWER_COLUMNS.map(({ key }) => [key, t.t(`spreadsheet.column.${key}`)])) as Record<AnswerColumn, string>,
    answers: Object.fromEntries(answerValues.map((value) => [value, answerValue(value, t)])) as AnswersTableWording['answers'],
    audiences: { public: t.t('spreadsheet.audience.public'), customer: t.t('spreadsheet.audience.customer') },
  };
}

export type AnswerRow = Record<AnswerColumn, string>;

/** One flat row per answer; lists are joined with line breaks so each item stays on its own line in a cell. */
export function answerRows(input: AnswersExportInput): AnswerRow[] {
  const { t, paths } = input;
  const wording = answersTableWording(t);
  return input.answers.map((source) => {
    const answer = localiseAnswer(source, t.tag);
    return {
      id: answer.id,
      topic: topicTitle(answer.topic, t),
      question: answer.question,
      answer: wording.answers[answer.answer],
      explanation: answer.explanation,
      measures: answer.measures.map((measure) => measure.id).join('\n'),
      links: answer.measures.map((measure) => paths.absolute(routes.measure(measure.id))).join('\n'),
      refs: refsText(answer.refs),
      reviewed: answer.reviewed,
      documents: documentLabels(answer.documents, input, t).join('\n'),
      audience: wording.audiences[answer.audience],
    };
  });
}

/** The answers as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read accents right). */
export function answersCsv(input: AnswersExportInput): string {
  const { headers } = answersTableWording(input.t);
  const header = ANSWER_COLUMNS.map((column) => headers[column.key]);
  const rows = answerRows(input).map((row) => ANSWER_COLUMNS.map((column) => row[column.key]));
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
