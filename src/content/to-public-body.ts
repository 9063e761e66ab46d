import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isSafeUrl, literalProps } from './components.ts';
import type {
  PublicBlock,
  PublicBody,
  PublicInline,
  PublicListItem,
  PublicNode,
  PublicTableCell,
  PublicTableRow,
} from '../schema/public-body.ts';

/** Resolves an evidence id to what may be shown publicly, or undefined when the evidence is not public. */
export type PublicEvidenceLookup = (id: string) => { title: string; url?: string } | undefined;

/**
 * Converts a parsed body into its public form: a closed set of node types, no positions, components resolved.
 * Validation rejects unsafe bodies before any build; this pass is the second lock on the same door, so anything
 * it does not know is dropped rather than passed through. It recurses, as do the site and PDF renderers: trees
 * come from parseBody, which never returns one nested deeper than BODY_LIMITS.depth (body-limits.ts).
 */
export function toPublicBody(tree: Root, evidence: PublicEvidenceLookup): PublicBody {
  const definitions = new Map<string, Definition>();
  collect(tree, definitions);
  const convert = new Converter(evidence, definitions);
  return { type: 'root', children: tree.children.flatMap((child) => convert.block(child as Nodes)) };
}

function collect(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') into.set(node.identifier.toLowerCase(), node);
  if ('children' in node) for (const child of node.children) collect(child as Nodes, into);
}

class Converter {
  private readonly evidence: PublicEvidenceLookup;
  private readonly definitions: Map<string, Definition>;

  constructor(evidence: PublicEvidenceLookup, definitions: Map<string, Definition>) {
    this.evidence = evidence;
    this.definitions = definitions;
  }

  block(node: Nodes): PublicBlock[] {
    switch (node.type) {
      case 'paragraph': {
        const children = this.inlines(node.children);
        return children.length ? [{ type: 'paragraph', children }] : [];
      }
      case 'heading':
        return [{ type: 'heading', depth: node.depth, children: this.inlines(node.children) }];
      case 'list':
        return [
          {
            type: 'list',
            ordered: node.ordered ?? false,
            start: node.ordered ? (node.start ?? 1) : null,
            children: node.children.map((item) => this.listItem(item)),
          },
        ];
      case 'blockquote':
        return [{ type: 'blockquote', children: node.children.flatMap((child) => this.block(child as Nodes)) }];
      case 'code':
        return [{ type: 'code', value: node.value, lang: node.lang ?? null }];
      case 'thematicBreak':
        return [{ type: 'thematicBreak' }];
      case 'table':
        return [{ type: 'table', align: node.align ?? [], children: node.children.map((row) => this.row(row)) }];
      case 'mdxJsxFlowElement': {
        const inline = this.component(node);
        return inline.length ? [{ type: 'paragraph', children: inline }] : [];
      }
      default:
        // definitions, raw HTML, expressions, ESM: never public.
        return [];
    }
  }

  private listItem(node: Nodes): PublicListItem {
    const children = 'children' in node ? (node.children as Nodes[]).flatMap((child) => this.block(child)) : [];
    return { type: 'listItem', children };
  }

  private row(node: Nodes): PublicTableRow {
    const cells = 'children' in node ? (node.children as Nodes[]) : [];
    return {
      type: 'tableRow',
      children: cells.map((cell): PublicTableCell => ({
        type: 'tableCell',
        children: 'children' in cell ? this.inlines(cell.children as Nodes[]) : [],
      })),
    };
  }

  private inlines(nodes: readonly Nodes[]): PublicInline[] {
    return nodes.flatMap((node) => this.inline(node));
  }

  private inline(node: Nodes): PublicInline[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'inlineCode', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return [{ type: node.type, children: this.inlines(node.children) }];
      case 'link':
        return isSafeUrl(node.url)
          ? [{ type: 'link', url: node.url.trim(), children: this.inlines(node.children) }]
          : this.inlines(node.children);
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier.toLowerCase());
        const children = this.inlines(node.children);
        return definition && isSafeUrl(definition.url) ? [{ type: 'link', url: definition.url.trim(), children }] : children;
      }
      case 'mdxJsxTextElement':
        return this.component(node);
      default:
        return [];
    }
  }

  private component(node: MdxJsxFlowElement | MdxJsxTextElement): PublicInline[] {
    if (node.name !== 'EvidenceRef') return [];
    const { props } = literalProps(node.attributes);
    const found = props.id ? this.evidence(props.id) : undefined;
    if (!found || !props.id) return [];
    return [{ type: 'evidenceRef', id: props.id, title: found.title, ...(found.url ? { url: found.url } : {}) }];
  }
}

/** Plain text of a public body, for search, feeds and comparisons: blocks separated by blank lines. */
export function publicBodyText(body: PublicBody): string {
  const blocks: string[] = [];
  const walk = (node: PublicNode): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push(inlineText(node.children));
        return;
      case 'code':
        blocks.push(node.value);
        return;
      case 'tableRow':
        blocks.push(node.children.map((cell) => inlineText(cell.children)).join(' | '));
        return;
      default:
        if ('children' in node) for (const child of node.children as PublicNode[]) walk(child);
    }
  };
  walk(body);
  return blocks.join('\n\n');
}

export function inlineText(nodes: readonly PublicInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'evidenceRef':
          return node.title;
        case 'break':
          return '\n';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}
