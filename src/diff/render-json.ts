import { documentsChange } from './diff-models.ts';
import type { ChangeSet } from './types.ts';

/**
 * The change set as JSON for other tools (a bot that posts comments, a release note generator). The shape is the
 * `ChangeSet` type in types.ts plus `documentsChange`, the same answer the exit status gives.
 */
export function renderJson(changes: ChangeSet): string {
  return `${JSON.stringify({ documentsChange: documentsChange(changes), ...changes }, null, 2)}\n`;
}
