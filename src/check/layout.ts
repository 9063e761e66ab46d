import type { Browser } from 'playwright-core';
import { launchBrowser, localOnlyContext } from './browser.ts';
import { result, type CheckResult } from './result.ts';
import { serveStatic } from './serve.ts';
import { htmlPages, pagePath } from './site-files.ts';

/** The narrow widths every page must fit without sideways scrolling: a small phone and a common one. */
export const NARROW_WIDTHS = [320, 375] as const;

/**
 * Every page in real Chromium at phone widths: no horizontal page scroll (whatever the content's longest word or
 * widest table), and no request beyond the site itself. Needs Debian's chromium.
 */
export async function checkLayout(dist: string, base = '/'): Promise<CheckResult> {
  const server = await serveStatic(dist, 0, base);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const problems: string[] = [];
    const pages = htmlPages(dist).filter((page) => page !== '404.html');
    for (const width of NARROW_WIDTHS) {
      const { context, offsite } = await localOnlyContext(browser, { viewport: { width, height: 800 } });
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(server.origin + base.replace(/\/$/, '') + pagePath(page));
        const scroll = await tab.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > width) problems.push(`${page} at ${width} px: the page is ${scroll} px wide`);
      }
      problems.push(...offsite.map((url) => `a page requested ${url}`));
      await context.close();
    }
    return result(`every page fits ${NARROW_WIDTHS.join(' and ')} px without sideways scrolling (${pages.length} pages)`, problems);
  } finally {
    await browser?.close();
    await server.close();
  }
}
