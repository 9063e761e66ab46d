// npm run build -- [--release] [--content <dir>] [--out <dir>]
// The main job: validate the content, then build the signed PDFs, the site, the search index and the exports into
// dist/. Every step uses one build date (SOURCE_DATE_EPOCH, else the last commit), so a commit builds the same bytes.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/build/check-content.ts';
import { copyInto } from '../src/build/copy-dir.ts';
import { runAstroBuild } from '../src/build/run-astro.ts';
import { BuildDateError } from '../src/content/build-date.ts';
import { loadProject } from '../src/content/project.ts';
import { summary } from '../src/rules/format/text.ts';
import { buildAllDocuments } from '../src/pdf/build.ts';
import { buildSearchIndex } from '../src/site/search-index.ts';

const { values: args } = parseArgs({
  options: {
    release: { type: 'boolean', default: false },
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
  },
});
const root = process.cwd();
const outDir = resolve(root, args.out);
const release = args.release || process.env.RELEASE === '1';
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const step = (name: string) => console.log(`\n▸ ${name}`);
const started = performance.now();

try {
  step('validate content');
  const project = loadProject({ root, contentDir: args.content });
  const findings = checkContent(project, color);
  if (!findings) process.exit(1);
  console.log(summary(findings, { color }));
  if (findings.length) console.log('  (`npm run validate` lists each warning with its file, line and hint)');

  // One date for every step and child process.
  // The PDFs are staged outside the output folder because the site build replaces it, and the documents page
  // reads the staged manifest while it renders.
  const staging = resolve(root, process.env.DOCUMENTS_STAGING_DIR || join('.cache', 'documents'));
  const env = {
    ...process.env,
    SOURCE_DATE_EPOCH: String(project.buildDate.epochSeconds),
    CONTENT_DIR: project.model.contentDir,
    ASTRO_OUT_DIR: outDir,
    DOCUMENTS_STAGING_DIR: staging,
  };
  console.log(`  build date ${project.buildDate.iso} (from ${project.buildDate.source})`);

  step('build and sign the annex PDFs');
  rmSync(staging, { recursive: true, force: true });
  const documents = await buildAllDocuments({ root, project, outDir: staging, release, env });
  for (const doc of documents.documents) console.log(`  ${doc.file}  ${doc.version}  ${doc.status}${doc.signed ? '  signed' : ''}`);

  step('build the site');
  rmSync(outDir, { recursive: true, force: true });
  runAstroBuild(root, env);
  copyInto(staging, join(outDir, 'documents'));

  step('build the search index');
  const search = await buildSearchIndex(outDir);
  console.log(`  ${search.pages} pages indexed`);

  console.log(`\n✔ built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof BuildDateError) {
    console.error(`build: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
