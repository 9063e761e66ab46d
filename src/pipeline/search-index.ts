import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../site/search-records.ts';
import { SiteBuildError } from './errors.ts';

/**
 * Builds the static Pagefind index into `<distDir>/pagefind/` after the Astro build, from records written from the
 * public view (src/site/search-records.ts) rather than from the pages: the index holds exactly the text that
 * should match and be shown, weighted and filtered, and nothing of the page furniture.
 */
export interface SearchIndexResult {
  /** Records Pagefind indexed. */
  pages: number;
  /** Absolute folder the index was written to. */
  outputPath: string;
}

export async function buildSearchIndex(distDir: string, records: readonly SearchRecord[]): Promise<SearchIndexResult> {
  const pagefind = await import('pagefind');
  const outputPath = join(distDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SiteBuildError(`pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.html });
      if (added.errors.length > 0) throw new SiteBuildError(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SiteBuildError(`pagefind: ${written.errors.join('; ')}`);
    // The site has its own small widget (src/site/search-widget.js): Pagefind's prebuilt UIs would be dead weight.
    for (const file of readdirSync(outputPath)) {
      if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file)) rmSync(join(outputPath, file));
    }
    return { pages: records.length, outputPath };
  } finally {
    await pagefind.close();
  }
}
