import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { subprocessorsJson } from '../../site/exports.ts';

export const GET: APIRoute = () => {
  const { view, paths } = getSite();
  return new Response(subprocessorsJson(view, paths.siteUrl), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
