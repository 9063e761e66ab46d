import type { APIRoute } from 'astro';
import { getSite } from '../site/data.ts';
import { renderRobots } from '../site/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(renderRobots(getSite().paths), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
