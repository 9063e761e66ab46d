import type { APIRoute } from 'astro';
import { answersCsv, answersExportInput } from '../../site/answers-export.ts';
import { getSite } from '../../site/data.ts';

export const GET: APIRoute = () => {
  const { view, paths } = getSite();
  return new Response(answersCsv(answersExportInput(view, paths)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
