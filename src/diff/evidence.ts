import { canonicalJson } from '../documents/canonical-hash.ts';
import type { Model } from '../content/model.ts';
import type { Evidence } from '../schema/index.ts';
import type { EvidenceChange } from './types.ts';

/** Fields a public evidence item shows; `location` only as a URL. Owners are never compared or shown. */
const PUBLIC_FIELDS = ['title', 'kind', 'issued', 'validUntil', 'description', 'url'] as const;

/**
 * Compares evidence items by id on their public fields and their visibility. Values are reported only for
 * evidence that is public at the side they come from; for customer and internal evidence the report names the
 * fields that changed, so a pull-request comment never repeats an internal title or location.
 */
export function diffEvidence(base: Model, head: Model): EvidenceChange[] {
  const out: EvidenceChange[] = [];
  for (const [id, entry] of head.index.evidence) {
    const before = base.index.evidence.get(id)?.data;
    const after = entry.data;
    if (!before) {
      out.push({ id, change: 'added', title: shownTitle(after), visibility: { head: after.visibility }, fields: [] });
      continue;
    }
    const fields = PUBLIC_FIELDS.filter((field) => canonicalJson(project(before)[field]) !== canonicalJson(project(after)[field])).map(
      (field) => ({
        field,
        ...(before.visibility === 'public' && project(before)[field] !== undefined ? { base: project(before)[field] } : {}),
        ...(after.visibility === 'public' && project(after)[field] !== undefined ? { head: project(after)[field] } : {}),
      }),
    );
    if (fields.length === 0 && before.visibility === after.visibility) continue;
    out.push({ id, change: 'changed', title: shownTitle(after), visibility: { base: before.visibility, head: after.visibility }, fields });
  }
  for (const [id, entry] of base.index.evidence) {
    if (!head.index.evidence.has(id)) {
      out.push({ id, change: 'removed', title: shownTitle(entry.data), visibility: { base: entry.data.visibility }, fields: [] });
    }
  }
  return out;
}

function project(data: Evidence): Record<(typeof PUBLIC_FIELDS)[number], string | undefined> {
  return {
    title: data.title,
    kind: data.kind,
    issued: data.issued,
    validUntil: data.validUntil,
    description: data.description,
    url: /^https?:\/\//i.test(data.location) ? data.location : undefined,
  };
}

function shownTitle(data: Evidence): string {
  return data.visibility === 'public' ? data.title : data.id;
}
