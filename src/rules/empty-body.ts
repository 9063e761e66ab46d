import type { Rule } from './rule.ts';

/** Anything but whitespace, including the invisible kinds an editor may leave behind. */
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF]/u;

/**
 * A public measure with no description would be signed into the annex as a heading over nothing: a commitment that
 * says nothing. Internal, draft and retired measures are published nowhere, so they may be empty.
 */
export const emptyBody: Rule = {
  id: 'empty-body',
  severity: 'error',
  description: 'every public measure has a description below its frontmatter',
  check(model, report) {
    for (const measure of model.measures) {
      const { visibility, status, id } = measure.data;
      if (visibility !== 'public' || status === 'retired' || status === 'draft') continue;
      if (VISIBLE.test(measure.body.source)) continue;
      // The closing "---" of the frontmatter: the body's own first line may be past the end of the file.
      report(
        { file: measure.file, position: { line: Math.max(1, measure.body.line - 1), column: 1 } },
        `measure ${id} has no description: the body below the frontmatter is empty`,
        'write what is done, by whom or by what system, and how often, below the closing "---"; or set visibility: internal while it is a draft',
      );
    }
  },
};
