import { allBodies } from './body-walk.ts';
import type { Rule } from './rule.ts';

/** A body that does not parse as MDX cannot be shown or printed. The parser's message names the construct. */
export const bodySyntax: Rule = {
  id: 'body-syntax',
  severity: 'error',
  description: 'measure bodies parse as MDX (a bare "<" or "{" in prose is the usual cause)',
  check(model, report) {
    for (const { file, body } of allBodies(model)) {
      if (body.quick()) continue;
      const parsed = body.parse();
      if (parsed.ok) continue;
      for (const problem of parsed.problems) {
        if (problem.limit) continue;
        const esm = /import|export/i.test(problem.message);
        report(
          { file, position: problem.position },
          `the body does not parse: ${problem.message}`,
          esm
            ? 'a line that starts with "import" or "export" is read as JavaScript: start the sentence another way'
            : 'a bare "<" or "{" in prose starts MDX syntax: escape it as \\< or \\{ (or rephrase), and close every component tag',
        );
      }
    }
  },
};
