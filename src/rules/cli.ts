import { parseArgs } from 'node:util';
import { BuildDateError } from '../content/build-date.ts';
import { loadProject } from '../content/project.ts';
import { GitError } from '../diff/git.ts';
import { sortFindings, type Finding } from './finding.ts';
import { formatGithub } from './format/github.ts';
import { formatJson } from './format/json.ts';
import { formatText, summary } from './format/text.ts';
import { loaderRules, rules } from './index.ts';
import { hasErrors, validateProject } from './validate.ts';

const usage = `Usage: npm run validate -- [options]
  --format text|json|github  output format (default text; github prints CI annotations and a summary)
  --strict                   treat warnings as errors
  --base <ref>               also check version discipline against a git ref (pull requests)
  --content <dir>            content folder (default: $CONTENT_DIR or content)
  --rules                    list every rule id and what it checks
Exit status: 0 no errors, 1 errors found, 2 could not run.`;

export interface Output {
  write(text: string): unknown;
}

/**
 * `npm run validate`: parse the arguments, load and check the content, print the findings, and answer with the
 * exit status (0 no errors, 1 errors, 2 could not run).
 */
export async function runValidate(
  argv: readonly string[],
  stdout: Output = process.stdout,
  stderr: Output = process.stderr,
  isTTY = process.stdout.isTTY === true,
): Promise<number> {
  try {
    return await validate(argv, stdout, stderr, isTTY);
  } catch (error) {
    // Problems of the setting, not of the content: a missing build date, an unknown --base ref.
    if (error instanceof BuildDateError || error instanceof GitError) {
      stderr.write(`validate: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function validate(argv: readonly string[], stdout: Output, stderr: Output, isTTY: boolean): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        base: { type: 'string' },
        content: { type: 'string' },
        rules: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.rules) {
    const { versionRules } = await import('../diff/version-checks.ts');
    for (const rule of [...loaderRules, ...rules]) stdout.write(`${rule.id.padEnd(26)} ${rule.severity.padEnd(8)} ${rule.description}\n`);
    for (const rule of versionRules) stdout.write(`${rule.id.padEnd(26)} ${'error'.padEnd(8)} (with --base) ${rule.description}\n`);
    return 0;
  }
  if (!['text', 'json', 'github'].includes(args.format)) {
    stderr.write(`unknown format "${args.format}"\n\n${usage}\n`);
    return 2;
  }

  const project = loadProject({ contentDir: args.content });
  let findings: Finding[] = validateProject(project, { strict: args.strict });
  if (args.base) findings = sortFindings([...findings, ...(await againstBase(project, args.base, args.strict, findings))]);

  const color = args.format === 'text' && isTTY && !process.env.NO_COLOR;
  if (args.format === 'json') stdout.write(`${formatJson(findings)}\n`);
  else if (args.format === 'github') {
    const annotations = formatGithub(findings);
    if (annotations) stdout.write(`${annotations}\n`);
    stdout.write(`${summary(findings, { color: false })}\n`);
  } else stdout.write(`${formatText(findings, { color })}\n`);
  return hasErrors(findings) ? 1 : 0;
}

async function againstBase(
  project: ReturnType<typeof loadProject>,
  base: string,
  strict: boolean,
  own: readonly Finding[],
): Promise<Finding[]> {
  // Loaded only when asked: pull requests compare against a base ref; local runs do not need git or jsdiff.
  const { checkAgainstBase } = await import('../diff/version-rules.ts');
  // document-facts already says "no changelog entry for its version" on the same line; say it once.
  const said = new Set(own.filter((f) => f.rule === 'document-facts').map((f) => `${f.file}:${f.line}`));
  const findings = checkAgainstBase({ root: project.root, base, head: project }).filter(
    (f) => !(f.rule === 'document-changelog' && said.has(`${f.file}:${f.line}`)),
  );
  return strict ? findings.map((f) => ({ ...f, severity: 'error' as const })) : findings;
}
