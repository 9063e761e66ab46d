import { parseArgs } from 'node:util';
import { evidenceKinds } from '../schema/index.ts';

export class UsageError extends Error {}

export const newUsage = `Usage: npm run new -- <kind> [options]

Creates a content file with a fresh id and today's date, and prints where it is. Every value can be given as an
option; a required one that is missing is asked for when the terminal is interactive, and is an error otherwise.

  measure       --category <id> --title "..." [--type technical|organisational] [--status implemented|planned]
                [--owner <team>] [--prefix ENC]
  evidence      --title "..." --location <url or path> [--kind <kind>] [--visibility internal|customer|public]
                [--id <id>] [--owner <team>]
  subprocessor  --name "..." --purpose "..." [--id <id>] [--website <url>] [--locations IE,DE]

  --date YYYY-MM-DD   the review date of a measure or the start date of a sub-processor (default today), or the
                      issue date of evidence (default: none written)
  --content <dir>     content folder (default: $CONTENT_DIR or content)
  --print             print the file instead of writing it

Evidence kinds: ${evidenceKinds.join(', ')}.

A new measure deliberately fails validation until it is real: it has no evidence and no control mapping yet, and
its body is a placeholder written in the generic terms the specificity rule reports. Exit status: 0 created,
2 usage error or the file could not be created.`;

export type Kind = 'measure' | 'evidence' | 'subprocessor';

export interface NewArgs {
  kind?: Kind;
  help: boolean;
  print: boolean;
  content?: string;
  values: Record<string, string | undefined>;
}

const KINDS: readonly Kind[] = ['measure', 'evidence', 'subprocessor'];

/** Options each kind accepts, besides the common ones. */
export const kindOptions: Record<Kind, { required: string[]; optional: string[] }> = {
  measure: { required: ['category', 'title'], optional: ['type', 'status', 'owner', 'prefix'] },
  evidence: { required: ['title', 'location'], optional: ['kind', 'visibility', 'id', 'owner'] },
  subprocessor: { required: ['name', 'purpose'], optional: ['id', 'website', 'locations'] },
};

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const names = new Set(Object.values(kindOptions).flatMap(({ required, optional }) => [...required, ...optional]));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...Object.fromEntries([...names, 'date', 'content'].map((name) => [name, { type: 'string' as const }])),
        print: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const help = values.help === true;
  const [kind, ...extra] = positionals;
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
  if (stray) throw new UsageError(`--${stray} does not apply to ${kind === 'evidence' ? 'evidence' : `a ${kind}`}`);
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
