/** What `npm run new` can create. */
export type Kind = 'measure' | 'evidence' | 'subprocessor' | 'answer';

export const KINDS: readonly Kind[] = ['measure', 'evidence', 'subprocessor', 'answer'];

/** Values each kind needs (asked for when missing) and may take, besides --date, --content and --print. */
export const kindOptions: Record<Kind, { required: string[]; optional: string[] }> = {
  measure: { required: ['category', 'title'], optional: ['type', 'status', 'owner', 'prefix'] },
  evidence: { required: ['title', 'location'], optional: ['kind', 'visibility', 'id', 'owner'] },
  subprocessor: { required: ['name', 'purpose'], optional: ['id', 'website', 'locations'] },
  answer: { required: ['question', 'topic', 'measures'], optional: ['answer', 'id', 'owner'] },
};
