// node scripts/build-documents.ts [--out <dir>] [--release] [--content <dir>]
// Builds and signs the annex PDFs and their manifest.json (default dist/documents). The signing key comes from
// SIGNING_P12 / SIGNING_P12_PASSWORD; without them a development certificate is used, except in a release build
// (--release or RELEASE=1), which then fails. Exit code: 0 built, 1 content errors, an unprintable character or no
// key, 2 no build date.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/build/check-content.ts';
import { BuildDateError } from '../src/content/build-date.ts';
import { loadProject } from '../src/content/project.ts';
import { buildAllDocuments } from '../src/pdf/build.ts';
import { MissingGlyphError } from '../src/pdf/layout/measure.ts';
import { SigningKeyError } from '../src/pdf/sign/p12.ts';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist/documents' },
    release: { type: 'boolean', default: false },
    content: { type: 'string' },
  },
});
const root = process.cwd();
const release = args.release || process.env.RELEASE === '1';
const started = performance.now();

try {
  const project = loadProject({ root, contentDir: args.content });
  if (!checkContent(project, process.stdout.isTTY === true && !process.env.NO_COLOR)) process.exit(1);
  const outDir = resolve(root, args.out);
  const manifest = await buildAllDocuments({ root, project, outDir, release, env: process.env });
  for (const doc of manifest.documents) {
    console.log(
      `  ${doc.file.padEnd(16)} ${doc.version.padEnd(8)} ${doc.status.padEnd(9)} ${doc.pages} pages  sha256 ${doc.sha256.slice(0, 16)}`,
    );
  }
  const signer = manifest.documents[0];
  if (signer) console.log(`  signed by ${signer.signerSubject} (certificate sha256 ${signer.signerFingerprint?.slice(0, 16)}…)`);
  if (manifest.development) console.log('  development certificate: these PDFs are NOT VALID FOR CONTRACTS');
  console.log(`✔ ${manifest.documents.length} documents in ${outDir} (${((performance.now() - started) / 1000).toFixed(2)} s)`);
} catch (error) {
  if (error instanceof SigningKeyError || error instanceof MissingGlyphError) {
    console.error(`build-documents: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof BuildDateError) {
    console.error(`build-documents: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
