import type { APIRoute, GetStaticPaths } from 'astro';
import { answersCsv } from '../../site/answers-export.ts';
import { answersSpreadsheets, spreadsheetInput } from '../../site/answers-spreadsheets.ts';

/** The answers as CSV in each language of the site: exports/answers.csv, and answers.<language>.csv for the others. */
export const getStaticPaths: GetStaticPaths = () => answersSpreadsheets('csv');

export const GET: APIRoute = ({ props }) =>
  new Response(answersCsv(spreadsheetInput(props.language as string)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
