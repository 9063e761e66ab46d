import type { Finding } from '../content/finding.ts';
import { openLoadCache } from '../content/load-cache.ts';
import { loadProject, type Project } from '../content/project.ts';
import { loadRef } from '../diff/load-ref.ts';
import { formatGithub } from '../rules/format/github.ts';
import { formatJson } from '../rules/format/json.ts';
import { formatText, summary } from '../rules/format/text.ts';
import { loaderRules, rules } from '../rules/index.ts';
import { hasErrors, validateProject } from '../rules/validate.ts';
import { contentConfig, loadCacheFile, useColor } from './config.ts';
import { EXIT, runCommand } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine, oneOf } from './options.ts';

export const usage = `Usage: npm run validate -- [options]
  --format text|json|github  output format (default text; github prints CI annotations and a summary)
  --strict                   warnings fail too, except rules the content accepts in lint.yaml (acceptedWarnings)
  --base <ref>               also check version discipline against a git ref (pull requests)
  --content <dir>            content folder (default: $CONTENT_DIR or content)
  --rules                    list every rule id and what it checks
  --no-cache                 read every file afresh (by default, files unchanged since the last run are taken
                             from ~/.cache/trust-center, or $XDG_CACHE_HOME/trust-center)
Exit status: 0 no errors, 1 errors found, 2 could not run.`;

/**
 * `npm run validate`: load and check the content, print every finding, and answer with the exit status
 * (0 no errors, 1 errors, 2 could not run).
 */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('validate', io, () => validate(argv, io));
}

async function validate(argv: readonly string[], io: Io): Promise<number> {
  const parsed = commandLine(argv, io, usage, {
    format: { type: 'string', default: 'text' },
    strict: { type: 'boolean', default: false },
    base: { type: 'string' },
    content: { type: 'string' },
    rules: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  });
  if (!parsed) return EXIT.ok;
  const { values: args } = parsed;
  if (args.rules) {
    for (const rule of [...loaderRules, ...rules])
      io.stdout.write(`${rule.id.padEnd(26)} ${rule.severity.padEnd(8)} ${rule.description}\n`);
    return EXIT.ok;
  }
  const format = oneOf('format', args.format, ['text', 'json', 'github']);

  const config = contentConfig(io, { content: args.content });
  const cacheFile = args['no-cache'] ? undefined : loadCacheFile(io, config);
  const cache = cacheFile ? openLoadCache(cacheFile) : undefined;
  const prefetched = await io.prefetched;
  const project = loadProject({ ...config, ...(cache ? { cache } : {}), ...(prefetched ? { prefetched } : {}) });
  // The base is the content as it was at a git ref, read on the head's build date so freshness cannot differ.
  const base = args.base
    ? {
        project: loadRef({
          root: config.root,
          ref: args.base,
          contentDir: project.model.contentDir,
          buildDate: config.buildDate,
          ...(cache ? { cache } : {}),
        }).project,
        ref: args.base,
      }
    : undefined;
  const findings = validateProject(project, { strict: args.strict, ...(base ? { base } : {}) });
  // Saved after the rules: they add values worked out from the content (text hashes) to what the files gave.
  cache?.save();

  const color = format === 'text' && useColor(io);
  if (format === 'json') io.stdout.write(`${formatJson(findings)}\n`);
  else if (format === 'github') {
    const annotations = formatGithub(findings);
    if (annotations) io.stdout.write(`${annotations}\n`);
    io.stdout.write(`${summary(findings, { color: false })}\n`);
  } else io.stdout.write(`${formatText(findings, { color })}\n`);
  if (args.strict && format !== 'json') io.stdout.write(acceptedWarnings(project, findings));
  return hasErrors(findings) ? EXIT.problem : EXIT.ok;
}

/** The warnings a strict run tolerated, each with the reason lint.yaml gives, one line each. */
export function acceptedWarnings(project: Project, findings: readonly Finding[]): string {
  return Object.entries(project.model.lint?.data.acceptedWarnings ?? {})
    .map(([rule, why]) => [rule, findings.filter((f) => f.rule === rule && f.severity === 'warning').length, why] as const)
    .filter(([, count]) => count > 0)
    .map(([rule, count, why]) => `  accepted: ${count} ${rule} warning${count === 1 ? '' : 's'} (${why})\n`)
    .join('');
}
