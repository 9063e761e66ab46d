import { hostname } from 'node:os';
import { relative } from 'node:path';
import { checkBuiltSite } from '../check/run-checks.ts';
import type { CheckResult } from '../check/result.ts';
import { loadProject } from '../content/project.ts';
import { buildAll } from '../pipeline/build-all.ts';
import { formatText } from '../rules/format/text.ts';
import { hasErrors, strictly, validateProject } from '../rules/validate.ts';
import { buildConfig, useColor } from './config.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine } from './options.ts';
import { acceptedWarnings } from './validate.ts';

export const usage = `Usage: npm run check -- [--content <dir>] [--out <dir>] [--no-browser] [--release] [--archive <dir>]

The content's own check, for CI and pull requests (the product's tests are \`npm test\`; they never read the
content). Three steps, each of which can fail:

  1. validate --strict: every error, and every warning of a rule the content does not accept in lint.yaml
     (acceptedWarnings: { <rule>: <why> }), fails
  2. build: the signed PDFs (every released version too, rebuilt from git history; --archive <dir> as for
     \`npm run build\`), the site, the search index and the exports into the output folder (default dist/)
  3. the guarantees that hold for any content, on the built site: every document verifies and matches its
     manifest; no internal string (owners, internal evidence, internal, retired and draft measures) appears in any
     file, search index and PDFs included; every page is valid HTML with no script but the search widget and
     nothing loaded from another origin; internal links and the sitemap are whole; every page fits 320 and 375 px
     in Chromium (needs Debian's chromium; --no-browser skips it). Pages over the size budget are a warning.

Exit status: 0 all passed, 1 a step failed, 2 could not run.`;

const marks = { pass: '✔', fail: '✖', warn: '!', skip: '–' } as const;

export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('check', io, async () => {
    const parsed = commandLine(argv, io, usage, {
      content: { type: 'string' },
      out: { type: 'string' },
      release: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      archive: { type: 'string', multiple: true },
    });
    if (!parsed) return EXIT.ok;
    const { values } = parsed;
    const log = (line: string) => io.stdout.write(`${line}\n`);
    const config = buildConfig(io, values);

    log('▸ validate --strict');
    const project = loadProject(config);
    const plain = validateProject(project);
    const findings = strictly(plain, project);
    log(formatText(findings, { color: useColor(io) }));
    io.stdout.write(acceptedWarnings(project, plain));
    if (hasErrors(findings)) {
      log("\n✖ the content check stops here: fix the errors above (or accept a rule's warnings in lint.yaml, with the reason)");
      return EXIT.problem;
    }

    const built = await buildAll(project, { ...config, childEnv: io.env, log, pid: process.pid, host: hostname() });
    if (built.lockWritten)
      log(
        `  recorded the released PDFs in ${relative(config.root, built.lockWritten)}: commit it, so later builds check they publish the same bytes`,
      );

    log(`\n▸ check the built site (${relative(config.root, config.outDir) || '.'})`);
    const results = await checkBuiltSite({
      dist: config.outDir,
      model: project.model,
      view: project.view(),
      browser: !values['no-browser'],
    });
    for (const item of results) log(describe(item));
    const failed = results.filter((item) => item.status === 'fail');
    log(
      failed.length ? `\n✖ ${failed.length} of ${results.length} checks failed` : `\n✔ the content passes every check (${results.length})`,
    );
    return failed.length ? EXIT.problem : EXIT.ok;
  });
}

function describe(item: CheckResult): string {
  const shown = item.details.slice(0, 20).map((line) => `    ${line}`);
  if (item.details.length > 20) shown.push(`    … and ${item.details.length - 20} more`);
  return [`  ${marks[item.status]} ${item.name}`, ...shown].join('\n');
}
