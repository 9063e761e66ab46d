import { join } from 'node:path';
import { buildDateFromEpoch } from '../../content/build-date.ts';
import { loadProject } from '../../content/project.ts';
import { buildDocuments } from '../../documents/contents.ts';
import type { DocumentContent } from '../../documents/types.ts';
import { renderSignedDocument } from '../../pdf/render.ts';
import { loadSigner } from '../../pdf/sign/signer.ts';
import { timeFunction } from '../measure.ts';
import type { Row } from '../report.ts';
import { BENCH_EPOCH, type BenchContext } from '../workspace.ts';

/**
 * Annex II laid out, drawn and signed (B-B) in-process (the content already loaded, as in a build), for the
 * default content, its German Annex II (when it has one) and 1,000 synthetic measures. Budgets: 0.2 s, 0.3 s and
 * 10 s on 2 cores. The first of the three runs includes loading the fonts, so the median is the warm figure and the
 * maximum is reported beside it.
 */
export async function benchDocuments(context: BenchContext): Promise<Row[]> {
  const { root, workspace } = context;
  const buildDate = buildDateFromEpoch(BENCH_EPOCH);
  const english = (doc: DocumentContent) => doc.kind === 'annex-ii' && doc.language === 'en';
  const german = (doc: DocumentContent) => doc.kind === 'annex-ii' && doc.language.startsWith('de') && !doc.second;
  const cases: [string, string, number, (doc: DocumentContent) => boolean, boolean][] = [
    ['default content', join(root, 'content'), 0.2, english, true],
    ['default content in German', join(root, 'content'), 0.3, german, false],
    ['1000 measures', workspace.contentDir(1000), 10, english, true],
  ];
  const rows: Row[] = [];
  for (const [size, contentDir, budget, wanted, required] of cases) {
    const project = loadProject({ root, contentDir, buildDate });
    const annex = buildDocuments(project.view()).find(wanted);
    if (!annex && !required) continue;
    if (!annex) throw new Error(`${contentDir} has no Annex II document`);
    const signer = loadSigner({
      cacheDir: join(workspace.dir, 'cache'),
      signing: {},
      release: false,
      organisation: project.view().organisation.name,
    });
    let pages = 0;
    let cold = 0;
    const timing = await timeFunction(async () => {
      const started = performance.now();
      pages = (await renderSignedDocument(annex, { buildDate, signer })).pages;
      cold = Math.max(cold, (performance.now() - started) / 1000);
    });
    rows.push({
      task: 'Annex II render + sign (in-process)',
      size: `${size}, ${pages} pages (first run ${cold.toFixed(2)} s)`,
      ...timing,
      budget,
    });
  }
  return rows;
}
