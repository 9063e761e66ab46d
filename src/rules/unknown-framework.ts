import { referenceChecker, someIds } from './references.ts';
import type { Rule } from './rule.ts';

/** Every framework id named anywhere (mappings, documents, site settings, certifications) must exist. */
export const unknownFramework: Rule = {
  id: 'unknown-framework',
  severity: 'error',
  description: 'framework ids in mappings, documents, certifications and site settings exist in content/frameworks',
  check(model, report) {
    const refs = referenceChecker(model);
    const known = () => someIds(model.index.frameworks.keys());
    const hint = (id: string) => `use one of ${someIds(model.index.frameworks.keys(), id)}, or add content/frameworks/${id}.yaml`;
    for (const entry of model.measures) {
      for (const framework of Object.keys(entry.data.satisfies)) {
        if (!refs.framework(framework))
          report(
            { entry, path: ['satisfies', framework] },
            `measure ${entry.data.id} maps to unknown framework "${framework}"`,
            hint(framework),
          );
      }
    }
    for (const entry of model.documents) {
      const { taxonomy, appendix } = entry.data;
      if (taxonomy && !refs.framework(taxonomy))
        report({ entry, path: ['taxonomy'] }, `document taxonomy "${taxonomy}" is not a framework`, hint(taxonomy));
      appendix.frameworks.forEach((id, index) => {
        if (!refs.framework(id))
          report({ entry, path: ['appendix', 'frameworks', index] }, `appendix framework "${id}" is not a framework`, hint(id));
      });
    }
    for (const entry of model.certifications) {
      const id = entry.data.framework;
      if (id && !refs.framework(id)) report({ entry, path: ['framework'] }, `certification framework "${id}" is not a framework`, hint(id));
    }
    const organisation = model.organisation;
    if (organisation) {
      const { taxonomy, frameworks } = organisation.data.site;
      if (!refs.framework(taxonomy))
        report(
          { entry: organisation, path: ['site', 'taxonomy'] },
          `site taxonomy "${taxonomy}" is not a framework`,
          `use one of ${known()}`,
        );
      frameworks.forEach((id, index) => {
        if (!refs.framework(id))
          report({ entry: organisation, path: ['site', 'frameworks', index] }, `site framework "${id}" is not a framework`, hint(id));
      });
    }
  },
};
