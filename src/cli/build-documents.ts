import { relative, resolve } from 'node:path';
import { loadProject } from '../content/project.ts';
import { recordReleases } from '../pipeline/archive/lock.ts';
import { gateContent } from '../pipeline/content-gate.ts';
import { asOutputError } from '../pipeline/errors.ts';
import { publishDocuments } from '../pipeline/publish-documents.ts';
import { loadSigner } from '../pdf/sign/signer.ts';
import { buildConfig, useColor } from './config.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine } from './options.ts';

export const usage = `Usage: npm run build:documents -- [--out <dir>] [--release] [--content <dir>] [--archive <dir>] [--latest-only]

Builds and signs the annex PDFs and their manifest.json (default dist/documents), without the site: the newest
version of each document at <id>.pdf, and every released version rebuilt from git history at <id>/<version>.pdf
with a redline against the version before. The signing key comes from SIGNING_P12 / SIGNING_P12_PASSWORD;
without them a development certificate is used, except in a release build (--release or RELEASE=1), which then
fails. --archive and --latest-only work as for \`npm run build\`.

Exit status: 0 built, 1 content errors, a character the fonts cannot print, or a released version that cannot
be published as released; 2 could not run (no build date, no key for a release).`;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('build:documents', io, async () => {
    const parsed = commandLine(argv, io, usage, {
      out: { type: 'string', default: 'dist/documents' },
      release: { type: 'boolean', default: false },
      content: { type: 'string' },
      archive: { type: 'string', multiple: true },
      'latest-only': { type: 'boolean', default: false },
    });
    if (!parsed) return EXIT.ok;
    const { values } = parsed;
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
      signingTime: new Date(config.buildDate.instant),
    });
    const log = (line: string) => io.stdout.write(`${line}\n`);
    // Written in place, not staged like a whole build: a refusal of the file system is one line, not a stack trace.
    const { manifest, newLocks } = await publishDocuments(project, {
      outDir,
      signer,
      cacheDir: config.cacheDir,
      release: config.release,
      latestOnly: config.latestOnly,
      publishedDirs: [outDir, ...config.archiveDirs],
      log,
      ...(config.signing.tsaUrl ? { tsaUrl: config.signing.tsaUrl } : {}),
    }).catch((error: unknown) => {
      throw asOutputError(error, { before: 'cannot write the documents: ' });
    });
    for (const doc of manifest.documents) {
      io.stdout.write(
        `  ${doc.file.padEnd(16)} ${doc.version.padEnd(8)} ${doc.status.padEnd(9)} ${doc.pages} pages  sha256 ${doc.sha256.slice(0, 16)}\n`,
      );
    }
    io.stdout.write(`  signed by ${signer.subject.split('\n').join(', ')} (certificate sha256 ${signer.fingerprint.slice(0, 16)}…)\n`);
    if (manifest.development) io.stdout.write('  development certificate: these PDFs are NOT VALID FOR CONTRACTS\n');
    const lock = recordReleases(resolve(project.root, project.model.contentDir), project.model.releases?.data.releases ?? [], newLocks);
    if (lock)
      log(`  recorded the released PDFs in ${relative(config.root, lock)}: commit it, so later builds check they publish the same bytes`);
    io.stdout.write(`✔ ${manifest.documents.length} documents in ${outDir} (${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
    return EXIT.ok;
  });
}
