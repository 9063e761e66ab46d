import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SiteBuildError } from './errors.ts';

/**
 * Builds the static Pagefind index into `<distDir>/pagefind/` after the Astro build. Pages choose what is indexed:
 * measure, framework and sub-processor pages mark their content with `data-pagefind-body` (so navigation, the
 * footer and other pages stay out of the index), a `type` filter and `title`/`id` meta.
 */
export interface SearchIndexResult {
  /** Pages Pagefind indexed. */
  pages: number;
  /** Absolute folder the index was written to. */
  outputPath: string;
}

export async function buildSearchIndex(distDir: string): Promise<SearchIndexResult> {
  const pagefind = await import('pagefind');
  const outputPath = join(distDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SiteBuildError(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new SiteBuildError(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SiteBuildError(`pagefind: ${written.errors.join('; ')}`);
    // The site has its own small widget (public/search.js): Pagefind's prebuilt UIs would be dead weight.
    for (const file of readdirSync(outputPath)) {
      if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file)) rmSync(join(outputPath, file));
    }
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
