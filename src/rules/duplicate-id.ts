import type { Entry } from '../content/entry.ts';
import type { Rule } from './rule.ts';

/** Two items of one kind with the same id make every reference to that id ambiguous. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'ids are unique per content kind (answers too), and requirement and group ids are unique within a framework',
  check(model, report) {
    const kinds: [string, Entry<{ id: string }>[]][] = [
      ['framework', model.frameworks],
      ['measure', model.measures],
      ['evidence item', model.evidence],
      ['certification', model.certifications],
      ['sub-processor', model.subprocessors],
      ['document', model.documents],
      ['answer', model.answers],
    ];
    for (const [kind, entries] of kinds) {
      const first = new Map<string, Entry<{ id: string }>>();
      for (const entry of entries) {
        const earlier = first.get(entry.data.id);
        if (!earlier) {
          first.set(entry.data.id, entry);
          continue;
        }
        report(
          { entry, path: ['id'] },
          `${kind} id "${entry.data.id}" is already used by ${earlier.file}:${earlier.at(['id']).line}`,
          kind === 'measure'
            ? 'give this measure a new id (ids of released measures never change); `npm run new -- measure` picks a free one'
            : 'choose a different id',
        );
      }
    }
    for (const entry of model.frameworks) {
      for (const [list, label] of [
        ['requirements', 'requirement'],
        ['groups', 'group'],
      ] as const) {
        const seen = new Set<string>();
        entry.data[list].forEach((item, index) => {
          if (seen.has(item.id)) {
            report(
              { entry, path: [list, index, 'id'] },
              `${label} id "${item.id}" appears twice in framework "${entry.data.id}"`,
              `rename or remove the second "${item.id}"`,
            );
          }
          seen.add(item.id);
        });
      }
    }
  },
};
