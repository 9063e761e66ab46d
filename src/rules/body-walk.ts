import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { literalProps } from '../content/components.ts';
import type { MeasureBody, MeasureEntry } from '../content/entry.ts';
import type { Model } from '../content/model.ts';
import type { Position } from '../content/position.ts';

/** The parsed tree of a body, or undefined when it cannot hold markup (never parsed) or does not parse. */
export function markupTree(body: MeasureBody): Root | undefined {
  if (!body.mayContainMarkup) return undefined;
  const parsed = body.parse();
  return parsed.ok ? parsed.tree : undefined;
}

/** Calls `visit` for every node of the tree, depth first, in document order. */
export function walk(tree: Root, visit: (node: Nodes) => void): void {
  const go = (node: Nodes): void => {
    visit(node);
    if ('children' in node) for (const child of node.children) go(child as Nodes);
  };
  go(tree);
}

export function start(node: Nodes, fallbackLine: number): Position {
  return { line: node.position?.start.line ?? fallbackLine, column: node.position?.start.column ?? 1 };
}

export interface ComponentUse {
  node: MdxJsxFlowElement | MdxJsxTextElement;
  element: Position;
  props: Record<string, string>;
  invalid: string[];
}

/** Every use of the named MDX component (or of any JSX element when no name is given) in a body. */
export function componentElements(body: MeasureBody, name?: string): ComponentUse[] {
  const tree = markupTree(body);
  if (!tree) return [];
  const out: ComponentUse[] = [];
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name)) {
      out.push({ node, element: start(node, body.line), ...literalProps(node.attributes) });
    }
  });
  return out;
}

/** Every body to check for safety: loaded measures and measures whose frontmatter failed its schema. */
export function allBodies(model: Model): { file: string; body: MeasureBody; measure?: MeasureEntry }[] {
  return [
    ...model.measures.map((measure) => ({ file: measure.file, body: measure.body, measure })),
    ...model.rejected.flatMap((item) => (item.body ? [{ file: item.file, body: item.body }] : [])),
  ];
}
