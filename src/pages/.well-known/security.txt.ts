import type { APIRoute } from 'astro';
import { getSite } from '../../site/data.ts';
import { securityTxt } from '../../site/security-txt.ts';

export const GET: APIRoute = () => {
  const { view, paths } = getSite();
  return new Response(securityTxt(view.organisation, view.buildDate.day, paths), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
