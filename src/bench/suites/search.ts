import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, localOnlyContext } from '../../check/browser.ts';
import { serveStatic } from '../../check/serve.ts';
import { npmScript } from '../npm-script.ts';
import type { Row } from '../report.ts';
import { benchEnv, type BenchContext } from '../workspace.ts';

/** Queries typed into the header field, one after another, as a reviewer would. */
const QUERIES = ['encryption', 'TLS 1.2', 'backup'];

/**
 * Search at 1,000 measures: the Pagefind index size on disk, and what the first search of a visitor downloads
 * (measured in Chromium: every response the page receives from typing the first query until its results show),
 * with the time from the first keystroke to the first results. Reuses the build suite's site when it ran first.
 */
export async function benchSearch(context: BenchContext): Promise<Row[]> {
  const measures = 1000;
  const dist = join(context.workspace.dir, `build-${measures}`, 'dist');
  if (!existsSync(join(dist, 'pagefind'))) {
    const { command, args } = npmScript(context.root, 'build');
    execFileSync(command, [...args, '--content', context.workspace.contentDir(measures), '--out', dist], {
      cwd: context.root,
      env: benchEnv(context),
      stdio: 'ignore',
    });
  }
  const index = folderBytes(join(dist, 'pagefind'));
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const { context: tab } = await localOnlyContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await tab.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', (response) => {
      void response.body().then(
        (body) => (bytes += body.length),
        () => undefined,
      );
    });
    const started = performance.now();
    await page.locator('#site-search-q').fill(QUERIES[0]!);
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    const seconds = (performance.now() - started) / 1000;
    await page.waitForLoadState('networkidle');
    const first = bytes;
    for (const query of QUERIES.slice(1)) {
      await page.locator('#site-search-q').fill(query);
      await page.waitForLoadState('networkidle');
    }
    await tab.close();
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    return [
      {
        task: 'search: first query in Chromium',
        size: `${measures} measures; index ${kb(index)} on disk, first search downloads ${kb(first)}, ${QUERIES.length} queries ${kb(bytes)}`,
        seconds,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}
