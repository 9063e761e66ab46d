import { isSafeUrl } from '../content/components.ts';
import { eachBodyNode } from './body-walk.ts';
import type { Rule } from './rule.ts';

/** javascript:, data: and other script-capable or local URLs in links would run or fetch something on click. */
export const unsafeUrl: Rule = {
  id: 'unsafe-url',
  severity: 'error',
  description: 'links in measure bodies use https, http, mailto or relative URLs only (no javascript: or data:)',
  check(model, report) {
    eachBodyNode(model, (node, where) => {
      if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && !isSafeUrl(node.url)) {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(node.url)?.[1]?.toLowerCase() ?? 'this';
        report(
          where,
          `a ${scheme}: URL is not allowed in a link`,
          'link to an https:// page or a mailto: address; to show code, use `inline code` instead of a link',
        );
      }
    });
  },
};
