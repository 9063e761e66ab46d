import { resolve } from 'node:path';
import { loadProject } from '../content/project.ts';
import { buildDocuments } from '../documents/contents.ts';
import { gateContent } from '../pipeline/content-gate.ts';
import { loadSigner } from '../pdf/sign/signer.ts';
import { writeDocuments } from '../pdf/write-documents.ts';
import { buildConfig, useColor } from './config.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { parseOptions } from './options.ts';

export const usage = `Usage: npm run build:documents -- [--out <dir>] [--release] [--content <dir>]

Builds and signs the annex PDFs and their manifest.json (default dist/documents), without the site. The signing
key comes from SIGNING_P12 / SIGNING_P12_PASSWORD; without them a development certificate is used, except in a
release build (--release or RELEASE=1), which then fails.

Exit status: 0 built, 1 content errors or a character the fonts cannot print, 2 could not run (no build date,
no key for a release).`;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('build:documents', io, async () => {
    const { values } = parseOptions(argv, {
      out: { type: 'string', default: 'dist/documents' },
      release: { type: 'boolean', default: false },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const started = performance.now();
    const config = buildConfig(io, values);
    const project = loadProject(config);
    const gate = gateContent(project, useColor(io));
    if (gate.blocked) {
      io.stdout.write(`${gate.blocked}\n`);
      return EXIT.problem;
    }
    const outDir = resolve(config.root, values.out);
    const view = project.view();
    const signer = loadSigner({
      cacheDir: config.cacheDir,
      signing: config.signing,
      release: config.release,
      organisation: view.organisation.name,
    });
    const manifest = await writeDocuments({
      contents: buildDocuments(view),
      buildDate: config.buildDate,
      signer,
      outDir,
      ...(config.signing.tsaUrl ? { tsaUrl: config.signing.tsaUrl } : {}),
    });
    for (const doc of manifest.documents) {
      io.stdout.write(
        `  ${doc.file.padEnd(16)} ${doc.version.padEnd(8)} ${doc.status.padEnd(9)} ${doc.pages} pages  sha256 ${doc.sha256.slice(0, 16)}\n`,
      );
    }
    io.stdout.write(`  signed by ${signer.subject.split('\n').join(', ')} (certificate sha256 ${signer.fingerprint.slice(0, 16)}…)\n`);
    if (manifest.development) io.stdout.write('  development certificate: these PDFs are NOT VALID FOR CONTRACTS\n');
    io.stdout.write(`✔ ${manifest.documents.length} documents in ${outDir} (${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
    return EXIT.ok;
  });
}
