import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { subprocessorsCsv } from '../../site/exports.ts';

export const GET: APIRoute = () =>
  new Response(subprocessorsCsv(getSite().view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
