import { defineConfig } from 'astro/config';
import { loadSiteInput, SITE_INPUT_VARIABLE } from './src/site/input.ts';
import { SitePaths } from './src/site/paths.ts';

// The site is one step of `npm run build` (src/pipeline/): the pipeline validates the content and hands Astro the
// public view, the PDFs' manifest and the output folder in one JSON file named by this variable. Without it (astro
// sync and astro check, which render nothing) the config has no site; a page asked to render says how to build.
const file = process.env[SITE_INPUT_VARIABLE];
const input = file ? loadSiteInput(file) : undefined;
// The public base URL is content (organisation.site.baseUrl): it sets Astro's `site` and `base`, and through them
// canonical links, feeds, the sitemap and security.txt.
const paths = input && new SitePaths(input.view.organisation.site.baseUrl);

export default defineConfig({
  ...(paths && input ? { site: paths.siteUrl, base: paths.base, outDir: input.outDir, cacheDir: input.cacheDir } : {}),
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
