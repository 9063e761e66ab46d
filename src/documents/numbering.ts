import type { DocumentSpec } from '../schema/index.ts';
import type { Translator } from '../i18n/translator.ts';

/**
 * Annex numbers under each set of clauses. Decision 2021/914 (international transfers) has parties and processing
 * in Annex I, measures in II, sub-processors in III; Decision 2021/915 (Art. 28(7)) lists parties in I, describes
 * the processing in II, measures in III and sub-processors in IV. The category list itself is stored once.
 */
const numbers: Record<DocumentSpec['numbering'], Record<DocumentSpec['kind'], 'I' | 'I-II' | 'II' | 'III' | 'IV'>> = {
  'scc-2021-914': { 'annex-i': 'I', 'annex-ii': 'II', 'annex-iii': 'III' },
  'scc-2021-915': { 'annex-i': 'I-II', 'annex-ii': 'III', 'annex-iii': 'IV' },
};

/** The annex number ("II", "I–II") and its printed label in the translator's language ("Annex II", "Anhang II"). */
export function annexNumber(
  kind: DocumentSpec['kind'],
  numbering: DocumentSpec['numbering'],
  t: Translator,
): { number: string; label: string } {
  const number = numbers[numbering][kind];
  return { number: number.replace('-', '–'), label: t.t(`annex.${number}`) };
}

/** "Standard Contractual Clauses, Commission Implementing Decision (EU) 2021/914", in the translator's language. */
export function clauseName(numbering: DocumentSpec['numbering'], t: Translator): string {
  return t.t(`clauses.${numbering}`);
}
