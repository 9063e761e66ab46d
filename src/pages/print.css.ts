import type { APIRoute } from 'astro';
import { getSite } from '../site/data.ts';
import { printStylesheet } from '../site/print.ts';

// The one site-specific line of CSS: the site's origin, so printed links read as absolute URLs.
export const GET: APIRoute = () =>
  new Response(printStylesheet(getSite().paths), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
