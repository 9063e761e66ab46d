import type { Rule } from './rule.ts';
import { isUnknown } from '../schema/index.ts';

/**
 * A released annex is signed and sent to customers: it may not print "not yet provided". The facts each annex
 * needs come from the same list the document builder prints gaps for.
 */
export const documentFacts: Rule = {
  id: 'document-facts',
  severity: 'error',
  description: 'a released document has no unknown facts, a changelog entry for its version, and a signatory for Annex I',
  check(model, report) {
    for (const entry of model.documents) {
      const doc = entry.data;
      if (doc.status !== 'released') continue;
      if (!doc.changelog.some((change) => change.version === doc.version)) {
        report(
          { entry, path: ['version'] },
          `released ${doc.id} ${doc.version} has no changelog entry for its version`,
          `add a changelog entry with version: ${doc.version} and what changed`,
        );
      }
      for (const { label, value } of neededFacts(model, doc.kind)) {
        if (isUnknown(value)) {
          report(
            { entry, path: ['status'] },
            `released ${doc.id} needs "${label}", which the content marks unknown (${value.unknown})`,
            'supply the fact, or keep the document as status: draft until it is known',
          );
        }
      }
    }
  },
};

function neededFacts(model: Parameters<Rule['check']>[0], kind: string): { label: string; value: unknown }[] {
  const facts: { label: string; value: unknown }[] = [];
  if (kind === 'annex-i' && model.processing) {
    const p = model.processing.data;
    for (const [role, parties] of [
      ['data exporter', p.exporters],
      ['data importer', p.importers],
    ] as const) {
      for (const party of parties) {
        facts.push(
          { label: `${role} ${party.name}: address`, value: party.address },
          { label: `${role} ${party.name}: contact`, value: party.contact },
          { label: `${role} ${party.name}: activities`, value: party.activities },
        );
      }
    }
    for (const [key, value] of Object.entries(p.description)) facts.push({ label: `description: ${key}`, value });
    facts.push({ label: 'competent supervisory authority', value: p.authority });
    if (model.organisation) {
      facts.push(
        { label: 'organisation legal name', value: model.organisation.data.legalName },
        { label: 'signatory', value: model.organisation.data.signatory },
      );
    }
  }
  if (kind === 'annex-iii') {
    for (const { data } of model.subprocessors) {
      for (const key of ['legalName', 'address', 'contact', 'dataCategories', 'locations', 'transferMechanisms'] as const) {
        facts.push({ label: `${data.name}: ${key}`, value: data[key] });
      }
    }
  }
  return facts;
}
