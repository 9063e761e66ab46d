import type { Atom, Item, LaidPage } from './types.ts';

/** The vertical extent of the text area on every page. */
export interface PageArea {
  top: number;
  bottom: number;
}

const EPSILON = 1e-6;

/**
 * Places atoms on pages, top to bottom, before anything is drawn. Rules, in order of precedence:
 * - space above an atom is dropped at the top of a page;
 * - a chain of atoms linked by `keepWithNext` moves to a new page as a whole when it does not fit (a heading
 *   never ends a page; a paragraph never leaves one line behind), unless the chain is taller than a page;
 * - a table continued on a new page repeats its header rows there, as artifacts (they are content only once);
 * - an atom taller than the whole area is split with its `split` function.
 */
export function paginate(atoms: readonly Atom[], area: PageArea): LaidPage[] {
  const pages: LaidPage[] = [];
  const capacity = area.bottom - area.top;
  let current: LaidPage = { items: [], marks: [] };
  let y = area.top;
  let empty = true;
  /** Tables whose header has been placed, and the page it was last placed on. */
  const headerPage = new Map<number, LaidPage>();

  const newPage = () => {
    current = { items: [], marks: [] };
    pages.push(current);
    y = area.top;
    empty = true;
  };
  const place = (atom: Atom, artifact = false) => {
    if (!empty) y += atom.spaceBefore;
    current.items.push(...atom.items.map((item) => offset(item, y, artifact)));
    for (const mark of atom.marks ?? []) current.marks.push({ mark, y });
    y += atom.height;
    empty = false;
  };
  const gap = (atom: Atom) => (empty ? 0 : atom.spaceBefore);

  newPage();
  const queue = [...atoms];
  for (let i = 0; i < queue.length; i++) {
    let atom = queue[i]!;
    if (atom.breakBefore && !empty) newPage();

    const chain = chainHeight(queue, i, gap(atom));
    const fitsAlone = y + gap(atom) + atom.height <= area.bottom + EPSILON;
    if (!empty && ((chain <= capacity && y + chain > area.bottom + EPSILON) || !fitsAlone)) newPage();

    const table = atom.table;
    if (table && !table.isHeader) {
      if (empty && headerPage.has(table.id) && headerPage.get(table.id) !== current) {
        for (const head of table.header) place(head, true);
      }
      headerPage.set(table.id, current);
    } else if (table?.isHeader) {
      headerPage.set(table.id, current);
    }

    // Still too tall for what is left of the page (only possible at the top of a page): split it.
    const room = area.bottom - y - gap(atom);
    if (atom.height > room + EPSILON && atom.split) {
      const parts = atom.split(room);
      if (parts) {
        const [head, rest] = parts;
        atom = { ...head, spaceBefore: atom.spaceBefore, marks: atom.marks, table: atom.table };
        queue.splice(i + 1, 0, { ...rest, spaceBefore: 0, table: atom.table, keepWithNext: queue[i]!.keepWithNext, breakBefore: true });
      }
    }
    place(atom);
  }
  return pages.filter((p, index) => index === 0 || p.items.length > 0);
}

/** Height the atom at `index` needs together with the atoms it must stay with. */
function chainHeight(atoms: readonly Atom[], index: number, firstGap: number): number {
  let height = firstGap + atoms[index]!.height;
  let i = index;
  while (atoms[i]!.keepWithNext && i + 1 < atoms.length && !atoms[i + 1]!.breakBefore) {
    i++;
    height += atoms[i]!.spaceBefore + atoms[i]!.height;
  }
  return height;
}

function offset(item: Item, dy: number, artifact: boolean): Item {
  const moved: Item =
    item.kind === 'line'
      ? { ...item, y1: item.y1 + dy, y2: item.y2 + dy }
      : item.kind === 'watermark'
        ? { ...item, cy: item.cy + dy }
        : { ...item, y: item.y + dy };
  if (artifact && moved.kind === 'text') {
    const { tag: _tag, link: _link, ...rest } = moved;
    return rest;
  }
  return moved;
}
