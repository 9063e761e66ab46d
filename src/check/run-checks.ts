import type { Model } from '../content/model.ts';
import type { PublicView } from '../content/public-view.ts';
import { SitePaths } from '../site/paths.ts';
import { checkDocuments } from './documents.ts';
import { checkHtml } from './html.ts';
import { checkLayout } from './layout.ts';
import { checkLeaks, internalStrings, unknownReasons } from './leaks.ts';
import { checkLinks, checkPageBudget, checkScripts, checkSitemap } from './pages.ts';
import { readBuiltSite } from './read-site.ts';
import { result, skipped, type CheckResult } from './result.ts';

export interface SiteCheckOptions {
  /** The built site. */
  dist: string;
  /** The content it was built from: the leak guard derives what must not appear from the model. */
  model: Model;
  view: PublicView;
  /** Load every page in Chromium (layout at phone widths); off where no browser is installed. */
  browser: boolean;
}

/**
 * The structural guarantees that hold for any content, checked on a built site: documents verify, nothing
 * internal leaks, pages are valid HTML with only the search script and no third-party loads, links and the sitemap
 * are whole, pages fit a phone. What `npm run check` runs after validating and building.
 */
export async function checkBuiltSite(options: SiteCheckOptions): Promise<CheckResult[]> {
  const { dist } = options;
  const paths = new SitePaths(options.view.organisation.site.baseUrl);
  const files = readBuiltSite(dist);
  const drafts = new Set(options.view.documents.filter((doc) => doc.status === 'draft').map((doc) => `documents/${doc.id}.pdf`));
  const results: CheckResult[] = [
    await checkDocuments(dist),
    checkLeaks(files, internalStrings(options.model, options.view), {
      files: files.filter((file) => !drafts.has(file.file)),
      needles: unknownReasons(options.view),
    }),
  ];
  if (files.some((file) => file.partial)) {
    results.push(
      skipped(
        'PDF page text searched for internal strings',
        'poppler-utils (pdftotext) is not installed: only the PDF metadata was searched',
      ),
    );
  }
  results.push(
    await checkHtml(dist),
    checkScripts(dist),
    checkLinks(dist, paths.base),
    checkSitemap(dist, paths.siteUrl),
    checkPageBudget(dist, paths.base),
  );
  if (!options.browser) results.push(skipped('every page fits a phone screen', 'skipped with --no-browser'));
  else {
    try {
      results.push(await checkLayout(dist, paths.base));
    } catch (error) {
      const missing = /Failed to launch|ENOENT|executable/i.test(String(error));
      results.push(
        result('every page fits a phone screen', [
          missing
            ? "Chromium could not be started (install Debian's chromium: apt-get install chromium), or run the check with --no-browser"
            : `the browser check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        ]),
      );
    }
  }
  return results;
}
