import type { APIRoute } from 'astro';
import { getSite, pagePaths } from '../site/data.ts';
import { renderSitemap } from '../site/sitemap.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(renderSitemap(pagePaths(site), site.view.buildDate.day, site.paths), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
