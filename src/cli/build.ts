import { hostname } from 'node:os';
import { relative } from 'node:path';
import { loadProject } from '../content/project.ts';
import { buildAll } from '../pipeline/build-all.ts';
import { gateContent } from '../pipeline/content-gate.ts';
import { summary } from '../rules/format/text.ts';
import { buildConfig, useColor } from './config.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine } from './options.ts';

export const usage = `Usage: npm run build -- [--release] [--content <dir>] [--out <dir>] [--archive <dir>] [--latest-only]

The main job: validate the content, then build the signed annex PDFs, the site, the search index and the exports
into the output folder (default dist/). The output is replaced only when every step succeeded, and one build at a
time writes a folder. Every date comes from one build date (SOURCE_DATE_EPOCH, else the last commit's date), so a
commit builds the same bytes.

Every released version of each annex is rebuilt from git history (the commit that released it, on that commit's
date) and published at documents/<id>/<version>.pdf, byte for byte the same in every build, with a redline
against the version before; documents/<id>.pdf is the newest version.

  --release          sign with the real key (SIGNING_P12, SIGNING_P12_PASSWORD) or fail; also RELEASE=1. Records
                     the SHA-256 of newly released PDFs in <content>/releases.lock.yaml (commit it).
  --content <dir>    content folder (default: $CONTENT_DIR or content)
  --out <dir>        output folder (default: dist)
  --archive <dir>    a folder with PDFs as published before (such as a download of the live documents/ folder),
                     for released versions that no longer come out byte for byte; may be repeated
  --latest-only      build only the newest version of each document (a preview without git history)

Exit status: 0 built, 1 content errors, a failed step, or a released version that cannot be published as
released; 2 could not run (no build date, no key for a release, another build holds the output folder, the output
folder is not a build's or cannot be written).`;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('build', io, async () => {
    const parsed = commandLine(argv, io, usage, {
      release: { type: 'boolean', default: false },
      content: { type: 'string' },
      out: { type: 'string' },
      archive: { type: 'string', multiple: true },
      'latest-only': { type: 'boolean', default: false },
    });
    if (!parsed) return EXIT.ok;
    const { values } = parsed;
    const started = performance.now();
    const log = (line: string) => io.stdout.write(`${line}\n`);
    const color = useColor(io);
    const config = buildConfig(io, values);

    log('\n▸ validate content');
    const project = loadProject(config);
    const gate = gateContent(project, color);
    if (gate.blocked) {
      log(gate.blocked);
      return EXIT.problem;
    }
    log(summary(gate.findings, { color }));
    if (gate.findings.length) log('  (`npm run validate` lists each warning with its file, line and hint)');
    log(`  build date ${config.buildDate.day} (from ${config.buildDate.source})`);

    const result = await buildAll(project, { ...config, childEnv: io.env, log, pid: process.pid, host: hostname() });
    if (result.manifest.development)
      log('  development certificate: the PDFs are NOT VALID FOR CONTRACTS (`--release` signs with the real key)');
    if (result.lockWritten)
      log(
        `  recorded the released PDFs in ${relative(config.root, result.lockWritten)}: commit it, so later builds check they publish the same bytes`,
      );
    log(`\n✔ built ${relative(config.root, config.outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return EXIT.ok;
  });
}
