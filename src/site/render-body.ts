import type { PublicBlock, PublicBody, PublicInline, PublicListItem, PublicTableRow } from '../schema/public-body.ts';
import { escapeHtml, isExternal, safeHref } from './escape.ts';

/**
 * Renders a measure body (the closed public node set) to an HTML string. This is the only HTML the pages insert
 * unescaped (`set:html`), so it escapes every text and attribute itself and never trusts a URL: a link whose URL
 * is not http(s), mailto or relative becomes plain text, whatever the validator let through.
 */
export interface RenderBodyOptions {
  /**
   * Heading levels to add: a body's "#" renders as h(1 + offset). Default 2, so body headings nest under the
   * page's h1 title and h2 section heading. Levels stop at h6.
   */
  headingOffset?: number;
  /** Where an evidence citation links to; defaults to the evidence's public URL, else plain text. */
  evidenceHref?: (id: string, url: string | undefined) => string | undefined;
  /** The accessible name of a table's scrolling box, in the page's language ("Table", "Tabelle"). */
  tableLabel?: string;
}

export function renderBody(body: PublicBody, options: RenderBodyOptions = {}): string {
  const offset = options.headingOffset ?? 2;
  const evidenceHref = options.evidenceHref ?? ((_id: string, url: string | undefined) => url);

  const inline = (node: PublicInline): string => {
    switch (node.type) {
      case 'text':
        return escapeHtml(node.value);
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'break':
        return '<br>';
      case 'emphasis':
        return `<em>${inlines(node.children)}</em>`;
      case 'strong':
        return `<strong>${inlines(node.children)}</strong>`;
      case 'delete':
        return `<del>${inlines(node.children)}</del>`;
      case 'link':
        return link(node.url, inlines(node.children));
      case 'evidenceRef': {
        const title = escapeHtml(node.title);
        const href = evidenceHref(node.id, node.url);
        return href === undefined ? `<cite class="evidence-ref">${title}</cite>` : link(href, `<cite class="evidence-ref">${title}</cite>`);
      }
      default:
        return unreachable(node);
    }
  };
  const inlines = (nodes: readonly PublicInline[]): string => nodes.map(inline).join('');

  const block = (node: PublicBlock): string => {
    switch (node.type) {
      case 'paragraph':
        return `<p>${inlines(node.children)}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, node.depth + offset));
        return `<h${level}>${inlines(node.children)}</h${level}>`;
      }
      case 'list': {
        if (!node.ordered) return `<ul>${node.children.map(listItem).join('')}</ul>`;
        const start = node.start !== null && Number.isInteger(node.start) && node.start !== 1 ? ` start="${node.start}"` : '';
        return `<ol${start}>${node.children.map(listItem).join('')}</ol>`;
      }
      case 'blockquote':
        return `<blockquote>${blocks(node.children)}</blockquote>`;
      case 'code': {
        const lang = node.lang && /^[\w+-]{1,32}$/.test(node.lang) ? ` class="language-${node.lang}"` : '';
        return `<pre><code${lang}>${escapeHtml(node.value)}</code></pre>`;
      }
      case 'thematicBreak':
        return '<hr>';
      case 'table':
        return table(node.children, node.align);
      default:
        return unreachable(node);
    }
  };
  const blocks = (nodes: readonly PublicBlock[]): string => nodes.map(block).join('');
  const listItem = (item: PublicListItem): string => `<li>${blocks(item.children)}</li>`;

  const table = (rows: readonly PublicTableRow[], align: readonly ('left' | 'right' | 'center' | null)[]): string => {
    const [head, ...rest] = rows;
    if (!head) return '';
    const cls = (index: number) => {
      const a = align[index];
      return a === 'right' || a === 'center' ? ` class="align-${a}"` : '';
    };
    const header = head.children.map((cell, i) => `<th scope="col"${cls(i)}>${inlines(cell.children)}</th>`).join('');
    const bodyRows = rest
      .map((row) => `<tr>${row.children.map((cell, i) => `<td${cls(i)}>${inlines(cell.children)}</td>`).join('')}</tr>`)
      .join('');
    // The wrapper scrolls on narrow screens; it is focusable so keyboard users can scroll it too.
    return `<section class="table-scroll" aria-label="${escapeHtml(options.tableLabel ?? 'Table')}" tabindex="0"><table><thead><tr>${header}</tr></thead>${bodyRows ? `<tbody>${bodyRows}</tbody>` : ''}</table></section>`;
  };

  return blocks(body.children);
}

function link(url: string, content: string): string {
  const href = safeHref(url);
  if (href === undefined) return content;
  const rel = isExternal(href) ? ' rel="noopener noreferrer"' : '';
  return `<a href="${escapeHtml(href)}"${rel}>${content}</a>`;
}

function unreachable(node: never): string {
  // A node type the public tree does not define: drop it rather than guess (the type system should prevent this).
  void node;
  return '';
}
