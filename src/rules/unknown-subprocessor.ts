import { referenceChecker, someIds } from './references.ts';
import type { Rule } from './rule.ts';

/** A certification inherited from a provider must name a provider we actually list as a sub-processor. */
export const unknownSubprocessor: Rule = {
  id: 'unknown-subprocessor',
  severity: 'error',
  description: 'sub-processor ids named by certifications exist in content/subprocessors',
  check(model, report) {
    const refs = referenceChecker(model);
    for (const entry of model.certifications) {
      const id = entry.data.inheritedFrom;
      if (id !== undefined && !refs.subprocessor(id)) {
        report(
          { entry, path: ['inheritedFrom'] },
          `certification ${entry.data.id} is inherited from "${id}", which is not a sub-processor`,
          `add content/subprocessors/${id}.yaml or use one of ${someIds(model.index.subprocessors.keys(), id)}`,
        );
      }
    }
  },
};
