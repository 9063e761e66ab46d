import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { answersFor } from '../content/answer-view.ts';
import { loadProject } from '../content/project.ts';
import { formatText } from '../rules/format/text.ts';
import { hasErrors, validateProject } from '../rules/validate.ts';
import { isUiLanguage, uiLanguages } from '../i18n/languages.ts';
import { translator } from '../i18n/translator.ts';
import { answersCsv, answersExportInput, answersJson, answersPaths, defaultExportLanguage, type Audience } from '../site/answers-export.ts';
import { answersXlsx } from '../site/answers-xlsx.ts';
import { contentConfig, useColor } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine, oneOf } from './options.ts';

export const usage = `Usage: npm run export -- answers [--format xlsx|csv|json] [--visibility public|customer] [--language <tag>] [--out <file>]

Writes the questionnaire answer library for a procurement tool or a customer's questionnaire: one row per answer
with the question id, question, answer, explanation, the measures it relies on with links to them, questionnaire
ids, the last review date and the document versions it reflects.

  --format      xlsx (default), csv or json (json follows /exports/schema/answers.schema.json)
  --visibility  public (default): the answers the trust center publishes; customer: also the answers given to
                customers under NDA. Internal answers, owners and evidence are never exported.
  --language    language of the spreadsheet (xlsx, csv): its sheet names, headers and labels, the answers' own
                translations into it (content/answers/<name>.<language>.yaml) and links to the pages in it.
                Default: the content's language (organisation.yaml). The json carries every translation as is.
  --out         file to write (default: answers-<visibility>.<format> in the current folder); "-" writes csv or
                json to standard output
  --content     content folder (default: $CONTENT_DIR or content)

The content is validated first: content with errors is not exported. The same content and build date
(SOURCE_DATE_EPOCH, else the last commit's) give the same bytes.
Exit status: 0 written, 1 the content has errors, 2 usage error.`;

const FORMATS = ['xlsx', 'csv', 'json'] as const;
const AUDIENCES = ['public', 'customer'] as const;

/** `npm run export -- answers`: the answer library as a spreadsheet or JSON. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('export', io, async () => {
    const parsed = commandLine(
      argv,
      io,
      usage,
      {
        format: { type: 'string', default: 'xlsx' },
        visibility: { type: 'string', default: 'public' },
        language: { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string' },
      },
      true,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const [what, ...extra] = positionals;
    if (what !== 'answers')
      throw new UsageError(what ? `cannot export "${what}": the one export is answers` : 'say what to export: answers');
    if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}`);
    const format = oneOf('format', values.format, FORMATS);
    const audience: Audience = oneOf('visibility', values.visibility, AUDIENCES, 'internal answers are never exported');
    if (values.out === '-' && format === 'xlsx') throw new UsageError('an xlsx file cannot go to standard output: name a file with --out');
    if (values.language !== undefined && format === 'json')
      throw new UsageError('--language applies to xlsx and csv: the json carries every translation and stays as the content is written');
    if (values.language !== undefined && !isUiLanguage(values.language))
      throw new UsageError(`--language must be a language with a message catalogue (${uiLanguages.join(', ')}), got "${values.language}"`);

    const config = contentConfig(io, { content: values.content });
    const project = loadProject(config);
    const findings = validateProject(project);
    if (hasErrors(findings)) {
      io.stderr.write(
        `${formatText(
          findings.filter((f) => f.severity === 'error'),
          { color: useColor(io) },
        )}\n`,
      );
      io.stderr.write('export: the content has errors, so nothing was exported (`npm run validate` shows every finding)\n');
      return EXIT.problem;
    }
    const view = project.view();
    const language = values.language ?? defaultExportLanguage(view);
    // The public view holds public answers only; customer answers are read for this export and nothing else.
    const answers = audience === 'public' ? view.answers : answersFor(project.model, 'customer', view.measures, view.documents);
    // Measure links point at the pages in the spreadsheet's language (under /<language>/ on a site in several); the
    // json's, like the site's answers.json, at the pages in the site's first language.
    const pages = format === 'json' ? view.organisation.site.languages[0]! : language;
    const input = answersExportInput(view, { paths: answersPaths(view, pages), t: translator(language), answers, audience });
    const bytes: string | Uint8Array =
      format === 'xlsx' ? await answersXlsx(input) : format === 'csv' ? answersCsv(input) : answersJson(input);

    if (values.out === '-') {
      io.stdout.write(bytes as string);
      return EXIT.ok;
    }
    const file = resolve(config.root, values.out ?? `answers-${audience}.${format}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    const shown = relative(io.cwd, file) || file;
    io.stdout.write(
      `Wrote ${shown}: ${answers.length} answer${answers.length === 1 ? '' : 's'}${audience === 'customer' ? ' (public and customer)' : ''}, ${format}, built ${view.buildDate.day}\n`,
    );
    if (audience === 'customer') io.stdout.write('  It includes answers given under NDA: send it to customers only.\n');
    return EXIT.ok;
  });
}
