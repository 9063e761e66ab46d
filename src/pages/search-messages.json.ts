import type { APIRoute } from 'astro';
import { widgetMessages } from '../site/search-messages.ts';
import { getSite } from '../site/data.ts';

// The search widget's words for the site's languages (one set on a site in one language), fetched by the widget
// when someone starts searching: they are not part of any page's weight.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(widgetMessages(getSite().languages)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
