import { someIds } from './references.ts';
import type { Rule } from './rule.ts';

/** The documents an answer says it reflects must exist: their versions are exported with the answer. */
export const unknownDocument: Rule = {
  id: 'unknown-document',
  severity: 'error',
  description: 'document ids named by answers exist in content/documents',
  check(model, report) {
    const rejected = new Set(model.rejected.filter((item) => item.kind === 'documents' && item.id).map((item) => item.id));
    for (const entry of model.answers) {
      entry.data.documents.forEach((id, index) => {
        if (model.index.documents.has(id) || rejected.has(id)) return;
        report(
          { entry, path: ['documents', index] },
          `answer ${entry.data.id} reflects document "${id}", which does not exist`,
          `use the id of a document in content/documents, such as ${someIds(model.index.documents.keys(), id)}`,
        );
      });
    }
  },
};
