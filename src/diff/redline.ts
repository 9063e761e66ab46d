import type { Project } from '../content/project.ts';
import { buildRedline, type Redline } from '../documents/redline.ts';
import { buildSide } from '../documents/side.ts';
import type { ChangeSet, Side } from './types.ts';

/** "main (3f8a2c1)", "working tree". */
export function sideName(side: Side): string {
  return side.commit ? `${side.ref} (${side.commit.slice(0, 7)})` : side.ref;
}

/**
 * The redline of a comparison: every annex whose content changed, was added or removed, in the head's order.
 * Documents whose version or dates changed but whose content did not are left out: nothing in them to mark.
 */
export function redlineOf(base: Project, head: Project, changes: ChangeSet): Redline {
  const b = new Map((buildSide(base).documents ?? []).map((doc) => [doc.id, doc]));
  const h = new Map((buildSide(head).documents ?? []).map((doc) => [doc.id, doc]));
  const pairs = changes.documents
    .filter((doc) => doc.contentChanged)
    .map((doc) => ({
      ...(b.has(doc.id) ? { base: b.get(doc.id)! } : {}),
      ...(h.has(doc.id) ? { head: h.get(doc.id)! } : {}),
    }));
  return buildRedline(pairs, {
    sides: { base: sideName(changes.base), head: sideName(changes.head) },
    date: changes.buildDate,
    organisation: head.model.organisation?.data.name ?? base.model.organisation?.data.name ?? 'The organisation',
  });
}
