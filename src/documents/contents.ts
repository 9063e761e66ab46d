import type { PublicView } from '../content/public-view.ts';
import { isUnknown, type DocumentSpec } from '../schema/index.ts';
import { annexIBody } from './annex-i.ts';
import { annexIIBody } from './annex-ii.ts';
import { annexIIIBody } from './annex-iii.ts';
import { canonicalJson, sha256Hex } from './canonical-hash.ts';
import { annexNumber } from './numbering.ts';
import { signatureParties } from './signatures.ts';
import type { DocumentContent } from './types.ts';

/**
 * What each annex says, computed once. The PDF, the documents page, the diff and the version rule all call this,
 * so they cannot disagree about a document's content or its hash.
 */
export function buildDocuments(view: PublicView): DocumentContent[] {
  return view.documents.map((spec) => buildDocument(view, spec));
}

function buildDocument(view: PublicView, spec: DocumentSpec): DocumentContent {
  const { number, label } = annexNumber(spec.kind, spec.numbering);
  const body =
    spec.kind === 'annex-i' ? annexIBody(view, spec) : spec.kind === 'annex-ii' ? annexIIBody(view, spec) : annexIIIBody(view, spec);
  const organisation = { name: view.organisation.name, legalName: view.organisation.legalName };
  const hashed = { label, title: spec.title, preamble: spec.preamble, organisation, body };
  return {
    id: spec.id,
    kind: spec.kind,
    annexNumber: number,
    label,
    numbering: spec.numbering,
    title: spec.title,
    ...(spec.preamble ? { preamble: spec.preamble } : {}),
    version: spec.version,
    effective: spec.effective,
    status: spec.status,
    language: spec.language,
    changelog: spec.changelog,
    organisation,
    signatory: view.organisation.signatory,
    signatures: signatureParties(view),
    buildDate: view.buildDate,
    unknowns: unknownFacts(spec, body, view),
    body,
    hash: sha256Hex(canonicalJson(hashed)),
  };
}

/** Readable labels of every unknown fact a document prints; a released document must have none. */
function unknownFacts(spec: DocumentSpec, body: DocumentContent['body'], view: PublicView): string[] {
  const out: string[] = [];
  const check = (label: string, value: unknown) => {
    if (isUnknown(value)) out.push(label);
  };
  if (body.kind === 'annex-i') {
    for (const [role, parties] of [
      ['Data exporter', body.exporters],
      ['Data importer', body.importers],
    ] as const) {
      parties.forEach((party, index) => {
        const who = `${role} ${parties.length > 1 ? index + 1 : ''}`.trim();
        check(`${who}: address`, party.address);
        check(`${who}: contact`, party.contact);
        check(`${who}: activities`, party.activities);
      });
    }
    for (const item of body.description) check(item.label, item.value);
    if (spec.numbering === 'scc-2021-914') check('Competent supervisory authority', body.authority);
    check('Organisation: legal name', view.organisation.legalName);
    check('Signatory', view.organisation.signatory);
  } else if (body.kind === 'annex-iii') {
    for (const sub of body.subprocessors) {
      check(`${sub.name}: legal name`, sub.legalName);
      check(`${sub.name}: address`, sub.address);
      check(`${sub.name}: contact`, sub.contact);
      check(`${sub.name}: categories of personal data`, sub.dataCategories);
      check(`${sub.name}: processing locations`, sub.locations);
      check(`${sub.name}: transfer mechanisms`, sub.transferMechanisms);
    }
  }
  return out;
}
