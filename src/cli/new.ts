import { resolve } from 'node:path';
import { KINDS, kindOptions, type Kind } from '../authoring/kinds.ts';
import { runNew } from '../authoring/run.ts';
import { answerTopicIds, evidenceKinds } from '../schema/index.ts';
import { contentDir } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { parseOptions } from './options.ts';

export const usage = `Usage: npm run new -- <kind> [options]

Creates a content file with a fresh id and today's date, and prints where it is. Every value can be given as an
option; a required one that is missing is asked for when the terminal is interactive, and is an error otherwise.

  measure       --category <id> --title "..." [--type technical|organisational] [--status implemented|planned]
                [--owner <team>] [--prefix ENC]
  evidence      --title "..." --location <url or path> [--kind <kind>] [--visibility internal|customer|public]
                [--id <id>] [--owner <team>]
  subprocessor  --name "..." --purpose "..." [--id <id>] [--website <url>] [--locations IE,DE]
  translation   --measure <id> --language <tag> [--title "..."]   the measure's text in another language, beside
                it as <name>.<tag>.mdx, recording the version of the source it translates
                --answer <id> --language <tag>   a questionnaire answer in another language (<name>.<tag>.yaml)
  answer        --question "..." --topic <topic> --measures ENC-01,ENC-02 [--answer yes|no|partial|not-applicable]
                [--id <id>] [--owner <team>]

  --date YYYY-MM-DD   the review date of a measure or an answer or the start date of a sub-processor (default
                      today), or the issue date of evidence (default: none written)
  --content <dir>     content folder (default: $CONTENT_DIR or content)
  --print             print the file instead of writing it

Evidence kinds: ${evidenceKinds.join(', ')}.
Answer topics: ${answerTopicIds.join(', ')}.

A new measure deliberately fails validation until it is real: it has no evidence and no control mapping yet, and
its body is a placeholder written in the generic terms the specificity rule reports. Exit status: 0 created,
2 usage error or the file could not be created.`;

const VALUE_NAMES = [...new Set(Object.values(kindOptions).flatMap(({ required, optional }) => [...required, ...optional]))];

/** What the command line asked for. */
export interface NewArgs {
  kind?: Kind;
  help: boolean;
  print: boolean;
  content?: string;
  values: Record<string, string | undefined>;
}

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const parsed = parseOptions(
    argv,
    {
      ...Object.fromEntries([...VALUE_NAMES, 'date', 'content'].map((name) => [name, { type: 'string' as const }])),
      print: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const help = values.help === true;
  const [kind, ...extra] = parsed.positionals;
  if (!kind) {
    if (help) return { help, print: false, values: {} };
    throw new UsageError(`say what to create: ${KINDS.join(', ')}`);
  }
  if (!KINDS.includes(kind as Kind)) throw new UsageError(`cannot create "${kind}": choose ${KINDS.join(', ')}`);
  if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}: put text with spaces in quotes, such as --title "Key rotation"`);
  const allowed = new Set([
    ...kindOptions[kind as Kind].required,
    ...kindOptions[kind as Kind].optional,
    'date',
    'content',
    'print',
    'help',
  ]);
  const stray = Object.keys(values).find((name) => !allowed.has(name));
  if (stray)
    throw new UsageError(
      `--${stray} does not apply to ${kind === 'evidence' ? 'evidence' : kind === 'answer' ? 'an answer' : `a ${kind}`}`,
    );
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(values.date)))
    throw new UsageError('--date must be written as YYYY-MM-DD');
  const strings = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return {
    kind: kind as Kind,
    help,
    print: values.print === true,
    ...(strings.content ? { content: strings.content } : {}),
    values: strings,
  };
}

/** `npm run new`: scaffold a measure, evidence item or sub-processor, and say what to do next. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('new', io, async () => {
    const args = parseNewArgs(argv);
    if (args.help || !args.kind) {
      io.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const ask = io.prompt;
    const scaffold = await runNew(
      { kind: args.kind, values: args.values, print: args.print },
      {
        root: resolve(io.cwd),
        contentDir: contentDir(io, args.content),
        // Authoring is a user action: "today" is the clock's, unlike every build output.
        today: new Date().toISOString().slice(0, 10),
        ...(ask
          ? {
              ask: async (missing, describe) => {
                const answers: Record<string, string> = {};
                for (const name of missing) {
                  let answer = '';
                  while (!answer) answer = (await ask(`${describe(name)}: `)).trim();
                  answers[name] = answer;
                }
                return answers;
              },
            }
          : {}),
      },
    );
    if (args.print) {
      io.stdout.write(scaffold.text);
      return EXIT.ok;
    }
    io.stdout.write(`Created ${scaffold.file} (${scaffold.id})\n`);
    for (const note of scaffold.notes) io.stdout.write(`  - ${note}\n`);
    io.stdout.write('Next:\n');
    for (const step of scaffold.next) io.stdout.write(`  - ${step}\n`);
    return EXIT.ok;
  });
}
