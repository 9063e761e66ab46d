import type { APIRoute, GetStaticPaths } from 'astro';
import { answersSpreadsheets, spreadsheetInput } from '../../site/answers-spreadsheets.ts';
import { answersXlsx } from '../../site/answers-xlsx.ts';

/** The answers as XLSX in each language of the site: exports/answers.xlsx, and answers.<language>.xlsx for the others. */
export const getStaticPaths: GetStaticPaths = () => answersSpreadsheets('xlsx');

export const GET: APIRoute = async ({ props }) => {
  const bytes = await answersXlsx(spreadsheetInput(props.language as string));
  return new Response(Buffer.from(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
