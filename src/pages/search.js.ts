import type { APIRoute } from 'astro';
import { minifySync } from 'rolldown/utils';
import source from '../site/search-widget.js?raw';

// The search widget, minified at build time: the readable source is src/site/search-widget.js. Served as a plain
// same-site module (no bundler runtime), so its one dynamic import, Pagefind built after Astro, stays as written.
export const GET: APIRoute = () => {
  const { code, errors } = minifySync('search.js', source, { compress: true, mangle: { toplevel: true } });
  if (errors.length > 0) throw new Error(`search.js: ${errors.map((e) => e.message).join('; ')}`);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
