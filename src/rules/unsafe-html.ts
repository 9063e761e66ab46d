import { bodyComponents, isBodyComponent } from '../content/components.ts';
import { eachBodyNode } from './body-walk.ts';
import type { Rule } from './rule.ts';

const DANGEROUS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'frame',
  'frameset',
]);
const allowed = Object.keys(bodyComponents).join(', ');

/**
 * Raw HTML and unknown components are rejected: the site and the PDF render bodies with the project's own
 * renderers, which know Markdown and a short allow-list of components, so anything else would either vanish
 * silently or, on the site, run in a customer's browser.
 */
export const unsafeHtml: Rule = {
  id: 'unsafe-html',
  severity: 'error',
  description: `measure bodies contain no raw HTML and no components besides ${allowed}`,
  check(model, report) {
    eachBodyNode(model, (node, where) => {
      if (node.type === 'html') {
        report(where, 'raw HTML is not allowed in a measure body', 'use Markdown instead');
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (isBodyComponent(node.name)) return;
      const name = node.name ?? '';
      const handlers = node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && /^on/i.test(attribute.name) ? [attribute.name] : [],
      );
      if (DANGEROUS.has(name.toLowerCase())) {
        report(
          where,
          `<${name}> would put code or foreign content on the public site`,
          `delete the <${name}> element: bodies may hold Markdown and the components ${allowed}`,
        );
      } else if (handlers.length > 0) {
        report(
          where,
          `<${name}> carries the event handler ${handlers.join(', ')}, which would run script on the public site`,
          'delete the element and write the text in Markdown',
        );
      } else if (name === '' || /^[a-z]/.test(name)) {
        report(
          where,
          `raw HTML <${name || '>'}${name ? '>' : ''} is not allowed in a measure body`,
          'write it in Markdown: **bold**, *emphasis*, lists, [links](https://...), tables',
        );
      } else {
        report(
          where,
          `<${name}> is not one of the allowed components (${allowed})`,
          'use Markdown or one of the allowed components; the list is in src/content/components.ts',
        );
      }
    });
  },
};
