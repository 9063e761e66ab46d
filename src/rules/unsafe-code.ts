import { eachBodyNode } from './body-walk.ts';
import type { Rule } from './rule.ts';

/**
 * ESM and JavaScript expressions in a body would be code running in the build, where signing keys live, and on
 * the public site. Bodies are data: none of it is allowed, whatever it does.
 */
export const unsafeCode: Rule = {
  id: 'unsafe-code',
  severity: 'error',
  description: 'measure bodies contain no import/export and no {expressions}, in text or in component props',
  check(model, report) {
    eachBodyNode(model, (node, where) => {
      if (node.type === 'mdxjsEsm') {
        report(
          where,
          `import/export statements are not allowed in a measure body`,
          'delete the statement: bodies may use only Markdown and the components EvidenceRef and Acknowledge, which need no import',
        );
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        report(
          where,
          `JavaScript expression {${shorten(node.value)}} is not allowed in a measure body`,
          'write the text itself; to show a literal brace, escape it as \\{',
        );
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(
              where,
              `spread props {${shorten(attribute.value)}} are not allowed on <${node.name ?? ''}>`,
              'write each prop as name="literal text"',
            );
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            report(
              where,
              `prop ${attribute.name}={${shorten(attribute.value.value)}} on <${node.name ?? ''}> is an expression`,
              `write it as a literal: ${attribute.name}="..."`,
            );
          }
        }
      }
    });
  },
};

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
