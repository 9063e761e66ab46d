import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { subprocessorsCsv } from '../../site/exports.ts';

export const GET: APIRoute = () => {
  const { view, t } = getSite();
  return new Response(subprocessorsCsv(view, t), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
