import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, localOnlyContext } from '../../src/check/browser.ts';
import { serveStatic, type StaticServer } from '../../src/check/serve.ts';
import { SEED, TestRepo } from '../diff/git-repo.ts';
import { buildSite } from './build-site.ts';

/**
 * The documents page of a site whose Annex II has two released versions: a git repository made from the seed
 * content, with 1.0.0 released in the first commit and 1.1.0 (TRN-01 names the TLS version) in the second, built
 * by the real pipeline with its history.
 */
let repo: TestRepo;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  repo = new TestRepo(SEED);
  repo.commit('release Annex II 1.0.0', 1793000000);
  repo.replace(
    'content/measures/transmission-protection/tls-in-transit.mdx',
    'is protected by Transport Layer Security (“TLS”).',
    'is encrypted with Transport Layer Security (“TLS”) 1.2 or higher.',
  );
  const annex = 'content/documents/annex-ii.yaml';
  repo.replace(annex, /^version: 1\.0\.0$/m, 'version: 1.1.0');
  repo.replace(annex, /^effective: 2026-11-02$/m, 'effective: 2026-11-09');
  repo.replace(
    annex,
    'changelog:\n',
    'changelog:\n  - version: 1.1.0\n    date: 2026-11-09\n    changes: [TRN-01 names the minimum TLS version.]\n',
  );
  repo.commit('release Annex II 1.1.0', 1794200000);
  dist = join(repo.dir, 'dist');
  await buildSite({ outDir: dist, contentDir: join(repo.dir, 'content'), history: true });
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  repo?.dispose();
});

describe('documents page with released versions', () => {
  it('lists both versions of Annex II, each downloadable with the SHA-256 it shows, and links the redline', async () => {
    const { context, offsite } = await localOnlyContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/documents/`);
    const versions = page.locator('#annex-ii-versions + ol > li');
    expect(await versions.count()).toBe(2);
    expect(await page.locator('#annex-ii-v1-1-0 strong').first().textContent()).toBe('Version 1.1.0');
    const text = (await page.locator('#annex-ii-v1-0-0').textContent()) ?? '';
    expect(text).toContain('Effective 2 November 2026');
    for (const version of ['1.0.0', '1.1.0']) {
      const item = page.locator(`#annex-ii-v${version.replace(/\./g, '-')}`);
      const href = await item.locator(`a[href="/documents/annex-ii/${version}.pdf"]`).getAttribute('href');
      const shown = (await item.locator('dd.hash').first().textContent())?.trim();
      const response = await page.request.get(server.origin + href);
      expect(response.status()).toBe(200);
      expect(
        createHash('sha256')
          .update(await response.body())
          .digest('hex'),
      ).toBe(shown);
    }
    const redline = page.locator('#annex-ii-v1-1-0 a', { hasText: 'What changed from version 1.0.0' });
    expect(await redline.getAttribute('href')).toBe('/documents/annex-ii/1.0.0-to-1.1.0.pdf');
    expect((await page.request.get(`${server.origin}/documents/annex-ii/1.0.0-to-1.1.0.pdf`)).status()).toBe(200);
    // The newest version is also the plain file name.
    const latest = await page.request.get(`${server.origin}/documents/annex-ii.pdf`);
    expect((await latest.body()).equals(readFileSync(join(dist, 'documents/annex-ii/1.1.0.pdf')))).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(dist, 'documents/index.html'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
