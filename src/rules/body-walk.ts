import type { Nodes, Root } from 'mdast';
import { literalProps } from '../content/components.ts';
import type { MeasureBody, MeasureEntry } from '../content/entry.ts';
import type { Model } from '../content/model.ts';
import type { Position } from '../content/position.ts';

/**
 * The parsed tree of a body for the safe-content rules, or undefined when there is nothing for them to find: a
 * body the quick reading accounts for (see src/content/body-scan.ts), or one that does not parse or goes past a
 * limit (reported by body-syntax and body-limits).
 */
function markupTree(body: MeasureBody): Root | undefined {
  if (body.quick()) return undefined;
  const parsed = body.parse();
  return parsed.ok ? parsed.tree : undefined;
}

/**
 * Calls `visit` for every node of the tree, depth first, in document order. An explicit stack, not recursion:
 * trees are bounded in depth (BODY_LIMITS), and this walk does not depend on that.
 */
export function walk(tree: Root, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

export function start(node: Nodes, fallbackLine: number): Position {
  return { line: node.position?.start.line ?? fallbackLine, column: node.position?.start.column ?? 1 };
}

export interface ComponentUse {
  /** Element name, or undefined for a fragment. */
  name: string | undefined;
  element: Position;
  props: Record<string, string>;
  /** Props that are not string literals. */
  invalid: string[];
}

/** Every use of the named MDX component (or of any JSX element when no name is given) in a body. */
export function componentElements(body: MeasureBody, name?: string): ComponentUse[] {
  const quick = body.quick();
  if (quick) return quick.components.filter((use) => name === undefined || use.name === name).map((use) => ({ ...use, invalid: [] }));
  const parsed = body.parse();
  if (!parsed.ok) return [];
  const out: ComponentUse[] = [];
  walk(parsed.tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name)) {
      out.push({ name: node.name ?? undefined, element: start(node, body.line), ...literalProps(node.attributes) });
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

/**
 * Visits every node of every body that needs its parse (see markupTree), with the place to report it at: the
 * common loop of the safe-content rules.
 */
export function eachBodyNode(model: Model, visit: (node: Nodes, where: { file: string; position: Position }) => void): void {
  for (const { file, body } of allBodies(model)) {
    const tree = markupTree(body);
    if (tree) walk(tree, (node) => visit(node, { file, position: start(node, body.line) }));
  }
}
