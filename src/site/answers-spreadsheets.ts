import { answersExportInput, answersSpreadsheetRoute, type AnswersExportInput } from './answers-export.ts';
import { getSite } from './data.ts';

/**
 * The answers spreadsheets the site publishes in `format`, as static paths: one per site language, so that the
 * download on a page gives the spreadsheet in the page's language. `answers` is the file name without extension.
 */
export function answersSpreadsheets(format: 'csv' | 'xlsx'): { params: { answers: string }; props: { language: string } }[] {
  const { languages } = getSite();
  return languages.map((language) => ({
    params: {
      answers: answersSpreadsheetRoute(format, language, languages)
        .replace(/^exports\//, '')
        .replace(/\.[a-z]+$/, ''),
    },
    props: { language },
  }));
}

/** The public answers as the pages in `language` show them: their words, translations and measure links. */
export function spreadsheetInput(language: string): AnswersExportInput {
  const { publicView, paths, t } = getSite(language);
  return answersExportInput(publicView, { paths, t });
}
