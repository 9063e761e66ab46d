import { referenceChecker, someIds } from './references.ts';
import type { Rule } from './rule.ts';

/**
 * A mapping to a requirement the catalogue does not have is a claim nobody can check (the failure that sank
 * earlier compliance-as-code tools). Also checks group references inside frameworks and documents' `requires`.
 */
export const unknownRequirement: Rule = {
  id: 'unknown-requirement',
  severity: 'error',
  description: 'requirement ids in mappings and document requirements exist in their framework; group references resolve',
  check(model, report) {
    const refs = referenceChecker(model);
    const choices = (framework: string, near: string) => someIds(model.index.requirements.get(framework)?.keys() ?? [], near);
    for (const entry of model.measures) {
      for (const [framework, ids] of Object.entries(entry.data.satisfies)) {
        ids.forEach((id, index) => {
          if (!refs.requirement(framework, id)) {
            report(
              { entry, path: ['satisfies', framework, index] },
              `measure ${entry.data.id} claims "${id}", which framework "${framework}" does not have`,
              `use an id from content/frameworks/${framework}.yaml, such as ${choices(framework, id)}`,
            );
          }
        });
      }
    }
    for (const entry of model.documents) {
      const taxonomy = entry.data.taxonomy ?? model.taxonomyId;
      entry.data.requires.forEach((id, index) => {
        if (!refs.requirement(taxonomy, id)) {
          report(
            { entry, path: ['requires', index] },
            `required category "${id}" is not in taxonomy "${taxonomy}"`,
            `use a category id such as ${choices(taxonomy, id)}`,
          );
        }
      });
    }
    for (const entry of model.frameworks) {
      const groups = new Set(entry.data.groups.map((group) => group.id));
      entry.data.requirements.forEach((requirement, index) => {
        if (requirement.group !== undefined && !groups.has(requirement.group)) {
          report(
            { entry, path: ['requirements', index, 'group'] },
            `requirement "${requirement.id}" names group "${requirement.group}", which is not in groups`,
            `add the group under groups: or use one of ${someIds(groups, requirement.group)}`,
          );
        }
      });
      entry.data.groups.forEach((group, index) => {
        if (group.parent !== undefined && !groups.has(group.parent)) {
          report(
            { entry, path: ['groups', index, 'parent'] },
            `group "${group.id}" names parent "${group.parent}", which is not a group`,
            `use one of ${someIds(groups, group.parent)}`,
          );
        }
      });
    }
  },
};
