import { rawStrings, referenceChecker, someIds } from './references.ts';
import type { Rule } from './rule.ts';
import { componentElements } from './body-walk.ts';

/** Evidence ids named by measures, certifications and inline <EvidenceRef> citations must exist. */
export const unknownEvidence: Rule = {
  id: 'unknown-evidence',
  severity: 'error',
  description: 'evidence ids named by measures, certifications and <EvidenceRef> exist in content/evidence',
  check(model, report) {
    const refs = referenceChecker(model);
    const hint = (id: string) =>
      `add content/evidence/${id}.yaml, or use an existing id such as ${someIds(model.index.evidence.keys(), id)}`;
    for (const entry of model.measures) {
      entry.data.evidence.forEach((id, index) => {
        if (!refs.evidence(id))
          report({ entry, path: ['evidence', index] }, `measure ${entry.data.id} names evidence "${id}", which does not exist`, hint(id));
      });
      for (const { element, props } of componentElements(entry.body, 'EvidenceRef')) {
        const id = props.id;
        if (id !== undefined && !refs.evidence(id)) {
          report({ file: entry.file, position: element }, `<EvidenceRef> cites evidence "${id}", which does not exist`, hint(id));
        }
      }
    }
    for (const translation of model.translations) {
      for (const { element, props } of componentElements(translation.body, 'EvidenceRef')) {
        const id = props.id;
        if (id !== undefined && !refs.evidence(id)) {
          report({ file: translation.file, position: element }, `<EvidenceRef> cites evidence "${id}", which does not exist`, hint(id));
        }
      }
    }
    // Items whose frontmatter failed its schema still have their evidence lists checked: one run, every problem.
    for (const item of model.rejected) {
      if ((item.kind !== 'measures' && item.kind !== 'certifications') || !item.at) continue;
      rawStrings(item.raw, 'evidence').forEach(([id, index]) => {
        if (!refs.evidence(id))
          report(
            { file: item.file, position: item.at!(['evidence', index]) },
            `${item.id ?? 'this item'} names evidence "${id}", which does not exist`,
            hint(id),
          );
      });
    }
    for (const entry of model.certifications) {
      entry.data.evidence.forEach((id, index) => {
        if (!refs.evidence(id))
          report(
            { entry, path: ['evidence', index] },
            `certification ${entry.data.id} names evidence "${id}", which does not exist`,
            hint(id),
          );
      });
    }
  },
};
