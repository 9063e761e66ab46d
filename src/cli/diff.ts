import { resolve } from 'node:path';
import { compareRefs } from '../diff/compare-refs.ts';
import { documentsChange } from '../diff/diff-models.ts';
import { renderJson } from '../diff/render-json.ts';
import { renderMarkdown } from '../diff/render-markdown.ts';
import { contentDir } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { parseOptions } from './options.ts';

export const usage = `Usage: npm run diff -- [<base-ref> [<head-ref>]] [--format markdown|json]

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

/** `npm run diff`: compare two refs, print the report, and answer whether contract documents change. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('diff', io, async () => {
    const { values, positionals } = parseOptions(
      argv,
      {
        format: { type: 'string', default: 'markdown' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      true,
    );
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (values.format !== 'markdown' && values.format !== 'json')
      throw new UsageError(`--format must be markdown or json, got "${values.format}"`);
    if (positionals.length > 2) throw new UsageError(`expected at most two refs, got ${positionals.length}: ${positionals.join(' ')}`);
    const [base, head] = positionals;
    const changes = await compareRefs({
      root: resolve(io.cwd),
      contentDir: contentDir(io, values.content),
      ...(base ? { base } : {}),
      ...(head ? { head } : {}),
      ...(io.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: io.env.SOURCE_DATE_EPOCH } : {}),
    });
    if (changes.base.note) io.stderr.write(`diff: base is ${changes.base.ref} (${changes.base.note})\n`);
    io.stdout.write(values.format === 'json' ? renderJson(changes) : renderMarkdown(changes));
    return documentsChange(changes) ? EXIT.problem : EXIT.ok;
  });
}
