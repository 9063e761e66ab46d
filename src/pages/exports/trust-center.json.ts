import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { trustCenterJson } from '../../site/exports.ts';

export const GET: APIRoute = () => {
  const { view, paths } = getSite();
  return new Response(trustCenterJson(view, paths.siteUrl), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
