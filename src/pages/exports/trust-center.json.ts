import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { trustCenterJson } from '../../site/exports.ts';

// The content as written, with every translation: one export for every language of the site.
export const GET: APIRoute = () => {
  const { publicView, paths } = getSite();
  return new Response(trustCenterJson(publicView, paths.siteUrl), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
