import { eachBodyNode } from './body-walk.ts';
import type { Rule } from './rule.ts';

const unsupported: Record<string, { what: string; hint: string }> = {
  image: { what: 'images', hint: 'describe the measure in words; images would load from another host and cannot be checked in the PDF' },
  imageReference: { what: 'images', hint: 'describe the measure in words' },
  footnoteReference: { what: 'footnotes', hint: 'put the note in the sentence or a following paragraph' },
  footnoteDefinition: { what: 'footnotes', hint: 'put the note in the sentence or a following paragraph' },
};

/** Markdown that the site and PDF renderers do not print: reported instead of silently dropped. */
export const unsupportedMarkdown: Rule = {
  id: 'unsupported-markdown',
  severity: 'error',
  description: 'measure bodies use only Markdown the annex and the site can render (no images, no footnotes)',
  check(model, report) {
    eachBodyNode(model, (node, where) => {
      const problem = unsupported[node.type];
      if (problem) report(where, `${problem.what} are not supported in measure bodies`, problem.hint);
    });
  },
};
