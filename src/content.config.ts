import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { PublicView } from './content/public-view.ts';
import { documentSchema, frameworkSchema, organisationSchema } from './schema/index.ts';
import { publicCertificationSchema, publicEvidenceSchema, publicMeasureSchema, publicSubprocessorSchema } from './schema/public.ts';
import { loadSiteSource } from './site/view.ts';

/**
 * Astro collections over the public view. Each loader reads the project's own loader (through the cached site
 * source) and each collection checks entries with the project's own schemas, so Astro and the validator can never
 * disagree about what the content says, and no collection can hold a field the public view does not have.
 * Pages use `src/site/data.ts`, which serves the very same view object with indexes precomputed.
 */
function fromView(name: string, items: (view: PublicView) => readonly { id: string }[]): Loader {
  return {
    name: `trust-center:${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const item of items(loadSiteSource().view)) {
        const data = await parseData({ id: item.id, data: { ...item } });
        store.set({ id: item.id, data });
      }
    },
  };
}

export const collections = {
  measures: defineCollection({ loader: fromView('measures', (v) => v.measures), schema: publicMeasureSchema }),
  frameworks: defineCollection({ loader: fromView('frameworks', (v) => v.frameworks), schema: frameworkSchema }),
  evidence: defineCollection({ loader: fromView('evidence', (v) => v.evidence), schema: publicEvidenceSchema }),
  certifications: defineCollection({ loader: fromView('certifications', (v) => v.certifications), schema: publicCertificationSchema }),
  subprocessors: defineCollection({ loader: fromView('subprocessors', (v) => v.subprocessors), schema: publicSubprocessorSchema }),
  documents: defineCollection({ loader: fromView('documents', (v) => v.documents), schema: documentSchema }),
  organisation: defineCollection({
    loader: fromView('organisation', (v) => [{ ...v.organisation, id: 'organisation' }]),
    schema: organisationSchema.extend({ id: organisationSchema.shape.name }),
  }),
};
