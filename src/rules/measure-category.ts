import { primaryCategory } from '../content/model.ts';
import type { Rule } from './rule.ts';

/**
 * Every measure names at least one category of the Annex II taxonomy (that is where the annex prints it), and
 * sits in the folder of its primary category so the tree reads like the annex.
 */
export const measureCategory: Rule = {
  id: 'measure-category',
  severity: 'error',
  description: 'each measure maps to at least one Annex II category, and its file sits in the folder of the first one',
  check(model, report) {
    const taxonomy = model.taxonomyId;
    for (const entry of model.measures) {
      const primary = primaryCategory(entry.data, taxonomy);
      if (primary === undefined) {
        report(
          { entry, path: ['satisfies'] },
          `measure ${entry.data.id} names no category of the "${taxonomy}" taxonomy, so no annex can list it`,
          `add satisfies.${taxonomy}: [<category id>] with the category it belongs to`,
        );
        continue;
      }
      const folder = entry.file.split('/').at(-2);
      if (folder !== primary && model.index.requirements.get(taxonomy)?.has(primary)) {
        report(
          { entry, path: ['satisfies', taxonomy, 0] },
          `measure ${entry.data.id} is listed under "${primary}" but its file is in measures/${folder}/`,
          `move the file to content/measures/${primary}/ (the id stays the same), or put the right category first`,
          'warning',
        );
      }
    }
  },
};
