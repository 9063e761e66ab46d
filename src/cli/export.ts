import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { answersFor } from '../content/answer-view.ts';
import { loadProject } from '../content/project.ts';
import { formatText } from '../rules/format/text.ts';
import { hasErrors, validateProject } from '../rules/validate.ts';
import { answersCsv, answersExportInput, answersJson, type Audience } from '../site/answers-export.ts';
import { answersXlsx } from '../site/answers-xlsx.ts';
import { SitePaths } from '../site/paths.ts';
import { contentConfig, useColor } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { parseOptions } from './options.ts';

export const usage = `Usage: npm run export -- answers [--format xlsx|csv|json] [--visibility public|customer] [--out <file>]

Writes the questionnaire answer library for a procurement tool or a customer's questionnaire: one row per answer
with the question id, question, answer, explanation, the measures it relies on with links to them, questionnaire
ids, the last review date and the document versions it reflects.

  --format      xlsx (default), csv or json (json follows /exports/schema/answers.schema.json)
  --visibility  public (default): the answers the trust center publishes; customer: also the answers given to
                customers under NDA. Internal answers, owners and evidence are never exported.
  --out         file to write (default: answers-<visibility>.<format> in the current folder); "-" writes csv or
                json to standard output
  --content     content folder (default: $CONTENT_DIR or content)

The content is validated first: content with errors is not exported. The same content and build date
(SOURCE_DATE_EPOCH, else the last commit's) give the same bytes.
Exit status: 0 written, 1 the content has errors, 2 usage error.`;

const FORMATS = ['xlsx', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** `npm run export -- answers`: the answer library as a spreadsheet or JSON. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('export', io, async () => {
    const { values, positionals } = parseOptions(
      argv,
      {
        format: { type: 'string', default: 'xlsx' },
        visibility: { type: 'string', default: 'public' },
        out: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      true,
    );
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const [what, ...extra] = positionals;
    if (what !== 'answers')
      throw new UsageError(what ? `cannot export "${what}": the one export is answers` : 'say what to export: answers');
    if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}`);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be xlsx, csv or json, got "${values.format}"`);
    const audience = values.visibility as Audience;
    if (audience !== 'public' && audience !== 'customer')
      throw new UsageError(`--visibility must be public or customer, got "${values.visibility}" (internal answers are never exported)`);
    if (values.out === '-' && format === 'xlsx') throw new UsageError('an xlsx file cannot go to standard output: name a file with --out');

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
    const paths = new SitePaths(view.organisation.site.baseUrl);
    // The public view holds public answers only; customer answers are read for this export and nothing else.
    const answers = audience === 'public' ? view.answers : answersFor(project.model, 'customer', view.measures, view.documents);
    const input = answersExportInput(view, paths, answers, audience);
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
