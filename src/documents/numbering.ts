import type { DocumentSpec } from '../schema/index.ts';

/**
 * Annex numbers under each set of clauses. Decision 2021/914 (international transfers) has parties and processing
 * in Annex I, measures in II, sub-processors in III; Decision 2021/915 (Art. 28(7)) lists parties in I, describes
 * the processing in II, measures in III and sub-processors in IV. The category list itself is stored once.
 */
const numbers: Record<DocumentSpec['numbering'], Record<DocumentSpec['kind'], { number: string; label: string }>> = {
  'scc-2021-914': {
    'annex-i': { number: 'I', label: 'Annex I' },
    'annex-ii': { number: 'II', label: 'Annex II' },
    'annex-iii': { number: 'III', label: 'Annex III' },
  },
  'scc-2021-915': {
    'annex-i': { number: 'I–II', label: 'Annexes I and II' },
    'annex-ii': { number: 'III', label: 'Annex III' },
    'annex-iii': { number: 'IV', label: 'Annex IV' },
  },
};

export function annexNumber(kind: DocumentSpec['kind'], numbering: DocumentSpec['numbering']): { number: string; label: string } {
  return numbers[numbering][kind];
}

export const clauseNames: Record<DocumentSpec['numbering'], string> = {
  'scc-2021-914': 'Standard Contractual Clauses, Commission Implementing Decision (EU) 2021/914',
  'scc-2021-915': 'Standard Contractual Clauses, Commission Implementing Decision (EU) 2021/915',
};
