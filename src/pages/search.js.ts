import type { APIRoute } from 'astro';
import { minifySync } from 'rolldown/utils';
import source from '../site/search-widget.js?raw';
import { widgetMessages } from '../site/search-messages.ts';
import { getSite } from '../site/data.ts';

// The search widget, minified at build time: the readable source is src/site/search-widget.js. Served as a plain
// same-site module (no bundler runtime), so its one dynamic import, Pagefind built after Astro, stays as written.
// Its words come first, for the site's languages only, so a site in one language carries one set.
export const GET: APIRoute = () => {
  const messages = `const MESSAGES = ${JSON.stringify(widgetMessages(getSite().languages))};\n`;
  const { code, errors } = minifySync('search.js', messages + source, { compress: true, mangle: { toplevel: true } });
  if (errors.length > 0) throw new Error(`search.js: ${errors.map((e) => e.message).join('; ')}`);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
