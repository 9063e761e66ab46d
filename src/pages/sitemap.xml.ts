import type { APIRoute } from 'astro';
import { alternates, getSite, pagePaths } from '../site/data.ts';
import { renderSitemap, type SitemapEntry } from '../site/sitemap.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const entries: SitemapEntry[] = site.languages.flatMap((language) => {
    const local = getSite(language);
    return pagePaths(local).map((path) => {
      const versions = alternates(local, path);
      return {
        loc: local.paths.absolute(path),
        ...(versions.length ? { alternates: versions.map((v) => ({ language: v.language, href: v.absolute })) } : {}),
      };
    });
  });
  return new Response(renderSitemap(entries, site.view.buildDate.day), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
