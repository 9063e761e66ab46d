import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../check/browser.ts';
import { serveStatic } from '../check/serve.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine } from './options.ts';

export const usage = `Usage: npm run screenshots -- [dist] [--measure <id>] [--query <text>]

Serves an already built site (it builds nothing) and takes the README's screenshots in headless Chromium: the
home page, a measure page and search results, at desktop width and at 375 px; then renders the first page and
the control-mapping appendix of the signed Annex II to PNG with poppler's pdftoppm.`;

const sizes = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 812 } } as const;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('screenshots', io, async () => {
    const parsed = commandLine(
      argv,
      io,
      usage,
      {
        measure: { type: 'string', default: 'prt-01' },
        query: { type: 'string', default: 'BigQuery' },
      },
      true,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const dist = resolve(io.cwd, positionals[0] ?? 'dist');
    const outDir = resolve(io.cwd, 'test/e2e/screenshots');
    const shots: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
      { name: 'home', path: '/' },
      { name: 'measure', path: `/measures/${values.measure}/` },
      {
        name: 'search',
        path: '/',
        prepare: async (page) => {
          await page.locator('#site-search-q').fill(values.query);
          await page.locator('#site-search-results [role="option"]').first().waitFor();
        },
      },
    ];
    mkdirSync(outDir, { recursive: true });
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      for (const [size, viewport] of Object.entries(sizes)) {
        for (const shot of shots) {
          const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
          // Screenshots never reach beyond the local server either.
          await context.route('**/*', (route) =>
            new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
          );
          const page = await context.newPage();
          await page.goto(server.origin + shot.path);
          await shot.prepare?.(page);
          const file = join(outDir, `${shot.name}-${size}.png`);
          await page.screenshot({ path: file, fullPage: size === 'desktop' && shot.name === 'measure' });
          io.stdout.write(`  ${file}\n`);
          await context.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }

    // The Annex II PDF as a reader sees it: its first page and the last page of the control-mapping appendix.
    const pdf = join(dist, 'documents', 'annex-ii.pdf');
    const pdfShots = resolve(io.cwd, 'test/pdf/screenshots');
    mkdirSync(pdfShots, { recursive: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '1');
    for (const [name, page] of [
      ['annex-ii-first-page', 1],
      ['annex-ii-appendix', Math.max(1, pages - 1)],
    ] as const) {
      execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(pdfShots, name)]);
      io.stdout.write(`  ${join(pdfShots, `${name}.png`)}\n`);
    }
    return EXIT.ok;
  });
}
