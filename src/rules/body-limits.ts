import { BODY_LIMITS, number, type LimitKind } from '../content/body-limits.ts';
import { allBodies } from './body-walk.ts';
import type { Rule } from './rule.ts';

const hints: Record<LimitKind, string> = {
  characters: 'say it more briefly, or split the measure into measures of their own: an annex entry reads best at a few hundred words',
  line: 'break the line at a space: Markdown joins the lines of a paragraph, so nothing shown changes',
  depth: 'flatten the structure: a list inside a list inside a quote is as deep as a reader can follow',
};

/**
 * Bodies past the size, line-length or nesting limits (src/content/body-limits.ts) are refused before the parser
 * reads them, so hostile text cannot hang or crash the validator or the build. This rule says which limit and where.
 */
export const bodyLimits: Rule = {
  id: 'body-limits',
  severity: 'error',
  description: `measure bodies stay within ${number(BODY_LIMITS.characters)} characters, lines of ${number(BODY_LIMITS.lineCharacters)} and ${BODY_LIMITS.depth} levels of nesting`,
  check(model, report) {
    for (const { file, body } of allBodies(model)) {
      if (body.quick()) continue;
      const parsed = body.parse();
      if (parsed.ok) continue;
      for (const problem of parsed.problems) {
        if (problem.limit) report({ file, position: problem.position }, problem.message, hints[problem.limit]);
      }
    }
  },
};
