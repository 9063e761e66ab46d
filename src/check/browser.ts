import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags these machines need (STACK.md, gotcha 12). Playwright gives every launch() a fresh temporary
 * --user-data-dir of its own (and refuses the flag in `args`), so no profile state survives between runs.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A context in which every request that does not go to the local test server is aborted and recorded: the
 * site must work without any third party (fonts, analytics, CDNs).
 */
export async function localOnlyContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; offsite: string[] }> {
  const context = await browser.newContext(options);
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))
      return route.continue();
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, offsite };
}
