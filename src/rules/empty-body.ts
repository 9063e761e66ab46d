import type { MeasureBody } from '../content/entry.ts';
import { walk } from './body-walk.ts';
import type { Rule } from './rule.ts';

/** Anything but whitespace, including the invisible kinds an editor may leave behind. */
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF]/u;
/**
 * Markup that shows nothing of its own (character references, tags, link targets, expressions) as group 1, or a
 * letter or digit outside it. A body of prose meets a letter at once, so the usual answer costs one match.
 */
const MARKUP_OR_WORD = /(&[#\w]+;|<[^>]*>|\]\([^)]*\)|\{[^}]*\})|[\p{L}\p{N}]/gu;

/** Whether a letter or digit stands outside markup. */
function hasWord(source: string): boolean {
  MARKUP_OR_WORD.lastIndex = 0;
  for (let match = MARKUP_OR_WORD.exec(source); match; match = MARKUP_OR_WORD.exec(source)) if (match[1] === undefined) return true;
  return false;
}

/**
 * Why a body shows no text, or undefined when it does: nothing but whitespace, or nothing but markup that prints
 * no character (`&nbsp;`, a rule, an empty heading, list item or quote, a link without text). The parse is taken
 * only for a body with no letter or digit outside such markup, which a description always has.
 */
function emptiness(body: MeasureBody): string | undefined {
  if (!VISIBLE.test(body.source)) return 'the body below the frontmatter is empty';
  if (hasWord(body.source)) return undefined;
  const parsed = body.parse();
  // A body that does not parse, or goes past a limit, is reported by body-syntax and body-limits.
  if (!parsed.ok) return undefined;
  let shows = false;
  walk(parsed.tree, (node) => {
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && VISIBLE.test(node.value)) shows = true;
    // A component prints text of its own (an evidence title); the component rules judge its use.
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') shows = true;
  });
  return shows ? undefined : 'the body below the frontmatter shows no text, only markup';
}

/**
 * A public measure with no description would be signed into the annex as a heading over nothing: a commitment that
 * says nothing. Internal, draft and retired measures are published nowhere, so they may be empty.
 */
export const emptyBody: Rule = {
  id: 'empty-body',
  severity: 'error',
  description: 'every public measure, and each of its translations, has a description below its frontmatter',
  check(model, report) {
    for (const measure of model.measures) {
      const { visibility, status, id } = measure.data;
      if (visibility !== 'public' || status === 'retired' || status === 'draft') continue;
      const why = emptiness(measure.body);
      if (!why) continue;
      // The closing "---" of the frontmatter: the body's own first line may be past the end of the file.
      report(
        { file: measure.file, position: { line: Math.max(1, measure.body.line - 1), column: 1 } },
        `measure ${id} has no description: ${why}`,
        'write what is done, by whom or by what system, and how often, below the closing "---"; or set visibility: internal while it is a draft',
      );
    }
    // A translation of a published measure is published (and signed) in its language just the same.
    const published = new Set(
      model.measures
        .filter(({ data }) => data.visibility === 'public' && data.status !== 'retired' && data.status !== 'draft')
        .map((measure) => measure.file),
    );
    for (const translation of model.translations) {
      if (!published.has(translation.sourceFile)) continue;
      const why = emptiness(translation.body);
      if (!why) continue;
      report(
        { file: translation.file, position: { line: Math.max(1, translation.body.line - 1), column: 1 } },
        `${translation.file} has no text: ${why}`,
        `translate the body of ${translation.sourceFile} below the closing "---"`,
      );
    }
  },
};
