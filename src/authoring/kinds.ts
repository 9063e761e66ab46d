/** What `npm run new` can create. */
export type Kind = 'measure' | 'evidence' | 'subprocessor' | 'translation' | 'answer';

export const KINDS: readonly Kind[] = ['measure', 'evidence', 'subprocessor', 'translation', 'answer'];

/** Values each kind needs (asked for when missing) and may take, besides --date, --content and --print. */
export const kindOptions: Record<Kind, { required: string[]; optional: string[] }> = {
  measure: { required: ['category', 'title'], optional: ['type', 'status', 'owner', 'prefix'] },
  evidence: { required: ['title', 'location'], optional: ['kind', 'visibility', 'id', 'owner'] },
  subprocessor: { required: ['name', 'purpose'], optional: ['id', 'website', 'locations'] },
  // --measure or --answer: which is checked when the scaffold is built.
  translation: { required: ['language'], optional: ['measure', 'answer', 'title'] },
  answer: { required: ['question', 'topic', 'measures'], optional: ['answer', 'id', 'owner'] },
};
