import { defineConfig } from 'astro/config';
import { SitePaths } from './src/site/paths.ts';
import { loadSiteSource } from './src/site/view.ts';

// The public base URL is content (organisation.site.baseUrl): it sets Astro's `site` and `base`, and through them
// canonical links, feeds, the sitemap and security.txt. The view is cached, so pages reuse this load.
const paths = new SitePaths(loadSiteSource().view.organisation.site.baseUrl);

export default defineConfig({
  site: paths.siteUrl,
  base: paths.base,
  // Separate builds (the leak guard, e2e) pass their own output and cache folders so they never share state.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    // One stylesheet file, cached across pages, instead of CSS repeated in every page.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Never inline assets as data: URLs or scripts into pages.
      assetsInlineLimit: 0,
    },
  },
});
