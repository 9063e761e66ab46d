import { BuildDateError } from '../content/build-date.ts';
import { diffUsage, parseDiffArgs, UsageError } from './cli-args.ts';
import { compareRefs } from './compare-refs.ts';
import { documentsChange } from './diff-models.ts';
import { GitError } from './git.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface Output {
  write(text: string): unknown;
}

/**
 * `npm run diff`: parse the arguments, compare the two refs, print the report, and answer with the exit status
 * (0 no document changes, 1 documents change, 2 usage or internal error).
 */
export async function runDiff(argv: readonly string[], stdout: Output = process.stdout, stderr: Output = process.stderr): Promise<number> {
  try {
    const args = parseDiffArgs(argv);
    if (args.help) {
      stdout.write(`${diffUsage}\n`);
      return 0;
    }
    const changes = await compareRefs({ base: args.base, head: args.head, contentDir: args.content });
    if (changes.base.note) stderr.write(`diff: base is ${changes.base.ref} (${changes.base.note})\n`);
    stdout.write(args.format === 'json' ? renderJson(changes) : renderMarkdown(changes));
    return documentsChange(changes) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) stderr.write(`diff: ${error.message}\n\n${diffUsage}\n`);
    else if (error instanceof GitError || error instanceof BuildDateError) stderr.write(`diff: ${error.message}\n`);
    else stderr.write(`diff: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
