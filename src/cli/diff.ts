import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { openLoadCache } from '../content/load-cache.ts';
import { loadSides } from '../diff/compare-refs.ts';
import { diffModels, documentsChange } from '../diff/diff-models.ts';
import { redlineOf } from '../diff/redline.ts';
import { renderJson } from '../diff/render-json.ts';
import { renderMarkdown } from '../diff/render-markdown.ts';
import { renderNotice } from '../diff/render-notice.ts';
import { renderRedline } from '../pdf/redline/render.ts';
import { contentDir, loadCacheFile } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine, oneOf } from './options.ts';

export const usage = `Usage: npm run diff -- [<base-ref> [<head-ref>]] [--format markdown|json|notice] [--pdf <file>]

Compares the content (content/) at two git refs and prints a report legal can read: which contract documents
change and whether their versions and effective dates follow, measures added, removed and reworded (word by
word), category, control and evidence changes, sub-processor changes with the customer notice they need (SCC
Clause 9(a)), the notice date recorded and its objection window, and the validation findings the change
introduces or fixes.

  <base-ref>     what to compare against. Default: the merge base of HEAD and main (else origin/main; in a
                 repository with neither, HEAD~1). On a pull request: origin/<base branch>.
  <head-ref>     what to compare. Default: the working tree, uncommitted edits included.
  --format       markdown (default; for a pull-request comment or $GITHUB_STEP_SUMMARY), json, or notice: the
                 customer notice for the sub-processor changes, as text to paste into an e-mail.
  --pdf <file>   also write a redline PDF of each changed annex: inserted text underlined, deleted text struck
                 through, unchanged measures collapsed to their titles, a cover page with both versions' hashes.
  --content      content folder (default: $CONTENT_DIR or content).
  --no-cache     read every file afresh (by default, files validate or diff read before and that did not change
                 are taken from the cache in ~/.cache/trust-center, or $XDG_CACHE_HOME/trust-center).
  -h, --help     show this help.

Both sides are read on the head's build date (SOURCE_DATE_EPOCH, else the head commit's date), so expiry dates
cannot make documents differ on their own.

Exit status:
  0  no contract document changes
  1  a document's content changes (or could not be compared), or --format notice found no notice date: review
  2  usage or internal error (unknown ref, not a git repository)`;

const FORMATS = ['markdown', 'json', 'notice'] as const;

/** `npm run diff`: compare two refs, print the report, and answer whether contract documents change. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('diff', io, async () => {
    const parsed = commandLine(
      argv,
      io,
      usage,
      {
        format: { type: 'string', default: 'markdown' },
        pdf: { type: 'string' },
        content: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
      },
      true,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const format = oneOf('format', values.format, FORMATS);
    if (positionals.length > 2) throw new UsageError(`expected at most two refs, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values.pdf !== undefined && !values.pdf.trim()) throw new UsageError('--pdf needs a file name, such as --pdf changes.pdf');
    const [base, head] = positionals;
    const where = { root: resolve(io.cwd), contentDir: contentDir(io, values.content) };
    // validate's load cache: after a validate run, the working tree's files (and the base's unchanged ones) are in it.
    const cacheFile = values['no-cache'] ? undefined : loadCacheFile(io, where);
    const cache = cacheFile ? openLoadCache(cacheFile) : undefined;
    const loaded = await loadSides({
      ...where,
      ...(base ? { base } : {}),
      ...(head ? { head } : {}),
      ...(io.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: io.env.SOURCE_DATE_EPOCH } : {}),
      ...(cache ? { cache } : {}),
    });
    const changes = diffModels(loaded.base, loaded.head, { sides: loaded.sides });
    cache?.save();
    if (changes.base.note) io.stderr.write(`diff: base is ${changes.base.ref} (${changes.base.note})\n`);

    if (values.pdf) {
      const file = resolve(io.cwd, values.pdf);
      const redline = redlineOf(loaded.base, loaded.head, changes);
      const pdf = await renderRedline(redline, loaded.head.buildDate);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, pdf.bytes);
      const what = redline.documents.map((doc) => doc.label).join(', ') || 'no changed annex';
      io.stderr.write(`diff: wrote ${relative(io.cwd, file) || file} (${what}; ${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'})\n`);
    }

    if (format === 'notice') {
      const notice = renderNotice(changes, loaded.base, loaded.head);
      if (!notice) {
        io.stderr.write(`diff: no sub-processor change between ${changes.base.ref} and ${changes.head.ref} needs a customer notice\n`);
        return EXIT.ok;
      }
      io.stdout.write(notice.text);
      if (notice.omitted.length) {
        io.stderr.write(`diff: the notice leaves out facts the content marks unknown: ${notice.omitted.join('; ')}\n`);
      }
      return EXIT.ok;
    }
    io.stdout.write(format === 'json' ? renderJson(changes) : renderMarkdown(changes));
    return documentsChange(changes) ? EXIT.problem : EXIT.ok;
  });
}
