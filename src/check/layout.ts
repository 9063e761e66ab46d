import type { Browser, Page } from 'playwright-core';
import { launchBrowser, localOnlyContext } from './browser.ts';
import { result, type CheckResult } from './result.ts';
import { serveStatic } from './serve.ts';
import { htmlPages, pagePath } from './site-files.ts';

/** The narrow widths every page must fit without sideways scrolling: a small phone and a common one. */
export const NARROW_WIDTHS = [320, 375] as const;

/**
 * What is wrong with the layout of the page loaded in `page`, at its current viewport: the page scrolls sideways,
 * or a table loses its labels. A table may scroll inside its own box, but then its first column (the row labels)
 * must stay in view (position: sticky) and not fill the box; a table that stacks its rows and hides its header row
 * must label every data cell itself (a ::before label, as `.stack td[data-label]` does). Otherwise a reader on a
 * phone sees bare numbers without the row or column they belong to.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll > width) problems.push(`the page is ${scroll} px wide`);
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 1 && rect.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (table: HTMLTableElement, index: number) =>
      table.caption?.textContent?.trim() || table.querySelector('th')?.textContent?.trim() || `table ${index + 1}`;
    document.querySelectorAll('table').forEach((table, index) => {
      if (!visible(table)) return;
      const label = `table "${name(table, index).slice(0, 40)}"`;
      // The nearest box that scrolls sideways, if any.
      let box: HTMLElement | null = table.parentElement;
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      const boxWidth = box ? box.clientWidth : width;
      const rows = [...table.querySelectorAll('tbody tr')].filter(visible);
      if (table.getBoundingClientRect().width > boxWidth + 1) {
        const loose = rows.filter((row) => {
          const first = row.firstElementChild;
          return !first || getComputedStyle(first).position !== 'sticky';
        });
        if (loose.length > 0) problems.push(`${label} scrolls sideways and its row labels scroll out of view`);
        const widest = Math.max(0, ...rows.map((row) => row.firstElementChild?.getBoundingClientRect().width ?? 0));
        if (loose.length === 0 && widest > boxWidth * 0.6)
          problems.push(`${label} keeps its row labels in view, but they fill ${Math.round(widest)} of ${boxWidth} px`);
      }
      const head = table.tHead;
      const headers = head ? [...head.querySelectorAll('th')] : [];
      if (headers.length > 0 && !headers.some(visible)) {
        const unlabelled = rows
          .flatMap((row) => [...row.querySelectorAll(':scope > td')])
          .filter((cell) => visible(cell) && (cell.textContent ?? '').trim() !== '')
          .filter((cell) => {
            const content = getComputedStyle(cell, '::before').content;
            return content === 'none' || content === 'normal' || content === '""';
          });
        if (unlabelled.length > 0) problems.push(`${label} hides its column headers and ${unlabelled.length} cells have no label`);
      }
    });
    return problems;
  });
}

/**
 * Every page in real Chromium at phone widths: no horizontal page scroll
 * (whatever the content's longest word or widest table), no table that loses its labels, and no request beyond
 * the site itself. Needs Debian's chromium.
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
        for (const problem of await layoutProblems(tab)) problems.push(`${page} at ${width} px: ${problem}`);
      }
      problems.push(...offsite.map((url) => `a page requested ${url}`));
      await context.close();
    }
    return result(
      `every page fits ${NARROW_WIDTHS.join(' and ')} px without sideways scrolling, and tables keep their labels (${pages.length} pages)`,
      problems,
    );
  } finally {
    await browser?.close();
    await server.close();
  }
}
