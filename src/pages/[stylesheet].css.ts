import type { APIRoute } from 'astro';
import languages from '../styles/languages.css?raw';
import { getSite } from '../site/data.ts';

// Styles only some sites need, as files of their own, so that no page of another site carries them: the language
// switch exists only on a site in several languages (every page's weight counts against its 40 KB budget).
export function getStaticPaths() {
  return getSite().multilingual ? [{ params: { stylesheet: 'languages' } }] : [];
}

export const GET: APIRoute = () => new Response(languages, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
