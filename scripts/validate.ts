// npm run validate -- [--format text|json|github] [--strict] [--base <git-ref>] [--content <dir>] [--rules]
// Checks all content and reports every problem at once. Exit 0: no errors; 1: errors; 2: could not run.
import { parseArgs } from 'node:util';
import { BuildDateError } from '../src/content/build-date.ts';
import { loadProject } from '../src/content/project.ts';
import { GitError } from '../src/diff/git.ts';
import { sortFindings, type Finding } from '../src/rules/finding.ts';
import { formatGithub } from '../src/rules/format/github.ts';
import { formatJson } from '../src/rules/format/json.ts';
import { formatText, summary } from '../src/rules/format/text.ts';
import { loaderRules, rules } from '../src/rules/index.ts';
import { hasErrors, validateProject } from '../src/rules/validate.ts';

const usage = `Usage: npm run validate -- [options]
  --format text|json|github  output format (default text; github prints CI annotations and a summary)
  --strict                   treat warnings as errors
  --base <ref>               also check version discipline against a git ref (pull requests)
  --content <dir>            content folder (default: $CONTENT_DIR or content)
  --rules                    list every rule id and what it checks
Exit status: 0 no errors, 1 errors found, 2 could not run.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
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
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  if (args.rules) {
    for (const rule of [...loaderRules, ...rules]) console.log(`${rule.id.padEnd(24)} ${rule.severity.padEnd(8)} ${rule.description}`);
    return 0;
  }
  if (!['text', 'json', 'github'].includes(args.format)) {
    console.error(`unknown format "${args.format}"\n\n${usage}`);
    return 2;
  }

  const project = loadProject({ contentDir: args.content });
  let findings: Finding[] = validateProject(project, { strict: args.strict });
  if (args.base) findings = sortFindings([...findings, ...(await againstBase(project, args.base, args.strict, findings))]);

  const color = args.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (args.format === 'json') console.log(formatJson(findings));
  else if (args.format === 'github') {
    const annotations = formatGithub(findings);
    if (annotations) console.log(annotations);
    console.log(summary(findings, { color: false }));
  } else console.log(formatText(findings, { color }));
  return hasErrors(findings) ? 1 : 0;
}

async function againstBase(project: ReturnType<typeof loadProject>, base: string, strict: boolean, own: readonly Finding[]): Promise<Finding[]> {
  // Loaded only when asked: pull requests compare against a base ref; local runs do not need git or jsdiff.
  const { checkAgainstBase } = await import('../src/diff/version-rules.ts');
  // document-facts already says "no changelog entry for its version" on the same line; say it once.
  const said = new Set(own.filter((f) => f.rule === 'document-facts').map((f) => `${f.file}:${f.line}`));
  const findings = checkAgainstBase({ root: project.root, base, head: project }).filter(
    (f) => !(f.rule === 'document-changelog' && said.has(`${f.file}:${f.line}`)),
  );
  return strict ? findings.map((f) => ({ ...f, severity: 'error' as const })) : findings;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Problems of the setting, not of the content: a missing build date, an unknown --base ref.
  if (error instanceof BuildDateError || error instanceof GitError) {
    console.error(`validate: ${(error as Error).message}`);
    process.exitCode = 2;
  } else throw error;
}
