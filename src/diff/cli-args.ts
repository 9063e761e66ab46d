/** What `npm run diff` was asked to do. */
export interface DiffArgs {
  base?: string;
  head?: string;
  format: 'markdown' | 'json';
  /** Content folder relative to the project root. */
  content?: string;
  help: boolean;
}

export class UsageError extends Error {}

export const diffUsage = `Usage: npm run diff -- [<base-ref> [<head-ref>]] [--format markdown|json]

Compares the content (content/) at two git refs and prints a report legal can read: which contract documents
change and whether their versions were bumped, measures added, removed and reworded (word by word), category,
control and evidence changes, sub-processor changes with the customer notice they need (SCC Clause 9(a)), and the
validation findings the change introduces or fixes.

  <base-ref>     what to compare against. Default: the merge base of HEAD and main (else origin/main; in a
                 repository with neither, HEAD~1). On a pull request: origin/<base branch>.
  <head-ref>     what to compare. Default: the working tree, uncommitted edits included.
  --format       markdown (default; for a pull-request comment or $GITHUB_STEP_SUMMARY) or json.
  --content      content folder (default: $CONTENT_DIR or content).
  -h, --help     show this help.

Both sides are read on the head's build date (SOURCE_DATE_EPOCH, else the head commit's date), so expiry dates
cannot make documents differ on their own.

Exit status:
  0  no contract document changes
  1  a document's content changes (or could not be compared): review the report
  2  usage or internal error (unknown ref, not a git repository)`;

export function parseDiffArgs(argv: readonly string[]): DiffArgs {
  const args: DiffArgs = { format: 'markdown', help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'markdown' && value !== 'json')
        throw new UsageError(`--format must be markdown or json, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      args.format = value;
    } else if (arg === '--content' || arg.startsWith('--content=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError('--content needs a folder');
      args.content = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 2) throw new UsageError(`expected at most two refs, got ${positional.length}: ${positional.join(' ')}`);
  [args.base, args.head] = positional;
  return args;
}
