import type { AnnexIBody, AnnexIIBody, AnnexIIIBody, DocumentContent } from './types.ts';
import { compareVersions } from './semver.ts';
import type { BuiltSide } from './side.ts';
import type { DocumentChange } from './changes.ts';

/**
 * Compares the documents of two sides by id. "Changed" means the content hash differs: the hash covers what the
 * document says (title, label, organisation, body), never its version, date, status or changelog, so editing a
 * changelog or bumping a version is not a content change. Needs both sides built.
 */
export function diffDocuments(base: BuiltSide, head: BuiltSide): DocumentChange[] {
  const baseDocs = new Map((base.documents ?? []).map((doc) => [doc.id, doc]));
  const headDocs = new Map((head.documents ?? []).map((doc) => [doc.id, doc]));
  const ids = [...headDocs.keys(), ...[...baseDocs.keys()].filter((id) => !headDocs.has(id))];
  return ids.map((id) => compareDocument(baseDocs.get(id), headDocs.get(id), base, head));
}

function compareDocument(b: DocumentContent | undefined, h: DocumentContent | undefined, base: BuiltSide, head: BuiltSide): DocumentChange {
  const either = (h ?? b)!;
  const contentChanged = b?.hash !== h?.hash;
  const change = !b ? 'added' : !h ? 'removed' : contentChanged ? 'changed' : 'unchanged';
  const newEntry = h ? h.changelog.find((entry) => entry.version === h.version) : undefined;
  const out: DocumentChange = {
    id: either.id,
    kind: either.kind,
    label: either.label,
    title: either.title,
    change,
    status: { base: b?.status, head: h?.status },
    version: { base: b?.version, head: h?.version },
    effective: { base: b?.effective, head: h?.effective },
    hash: { base: b?.hash, head: h?.hash },
    file: { base: base.project.model.index.documents.get(either.id)?.file, head: head.project.model.index.documents.get(either.id)?.file },
    contentChanged,
    releasedAtBase: b?.status === 'released',
    baseChangelogVersions: b?.changelog.map((entry) => entry.version) ?? [],
    changelog: { base: b?.changelog, head: h?.changelog },
    versionBumped: b !== undefined && h !== undefined && compareVersions(h.version, b.version) > 0,
    ...(newEntry && !b?.changelog.some((entry) => entry.version === newEntry.version) ? { newChangelogEntry: newEntry } : {}),
  };
  if (either.kind === 'annex-ii') out.measures = diffKeyed(annexIIMeasures(b), annexIIMeasures(h));
  if (either.kind === 'annex-iii') out.subprocessors = diffKeyed(annexIIISubprocessors(b), annexIIISubprocessors(h));
  const parts = changedParts(b, h);
  if (parts.length) out.parts = parts;
  return out;
}

// Document bodies come from the same builder on both sides, so their key order is the same and plain
// JSON.stringify compares them (several times faster than canonicalJson over a thousand measures).
const same = JSON.stringify;

/** Each measure an Annex II prints, keyed by id, with the category it is printed under. */
function annexIIMeasures(doc: DocumentContent | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (doc?.body.kind !== 'annex-ii') return out;
  for (const category of doc.body.categories) {
    for (const measure of category.measures) out.set(measure.id, same({ category: category.id, measure }));
  }
  return out;
}

function annexIIISubprocessors(doc: DocumentContent | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (doc?.body.kind !== 'annex-iii') return out;
  for (const subprocessor of doc.body.subprocessors) out.set(subprocessor.id, same(subprocessor));
  return out;
}

function diffKeyed(base: Map<string, string>, head: Map<string, string>): { added: string[]; removed: string[]; changed: string[] } {
  return {
    added: [...head.keys()].filter((id) => !base.has(id)),
    removed: [...base.keys()].filter((id) => !head.has(id)),
    changed: [...head.keys()].filter((id) => base.has(id) && base.get(id) !== head.get(id)),
  };
}

/**
 * Readable names of the parts of a document whose content differs, beyond the measures and sub-processors that
 * are listed one by one: the title, the preamble, Annex I's sections, Annex II's category headings and appendix.
 */
function changedParts(b: DocumentContent | undefined, h: DocumentContent | undefined): string[] {
  if (!b || !h) return [];
  const parts: [string, unknown, unknown][] = [
    ['title', b.title, h.title],
    ['label', b.label, h.label],
    ['preamble', b.preamble, h.preamble],
    ['organisation name', b.organisation, h.organisation],
  ];
  if (b.body.kind === 'annex-i' && h.body.kind === 'annex-i') parts.push(...annexIParts(b.body, h.body));
  if (b.body.kind === 'annex-ii' && h.body.kind === 'annex-ii') parts.push(...annexIIParts(b.body, h.body));
  if (b.body.kind === 'annex-iii' && h.body.kind === 'annex-iii') {
    parts.push(['introduction', b.body.intro, h.body.intro]);
    // Only the order of sub-processors listed on both sides: additions and removals are listed one by one.
    const common = (body: AnnexIIIBody, other: AnnexIIIBody) => order(body).filter((id) => order(other).includes(id));
    parts.push(['order of sub-processors', common(b.body, h.body), common(h.body, b.body)]);
  }
  return parts.filter(([, before, after]) => same(before) !== same(after)).map(([label]) => label);
}

function order(body: AnnexIIIBody): string[] {
  return body.subprocessors.map((subprocessor) => subprocessor.id);
}

function annexIParts(b: AnnexIBody, h: AnnexIBody): [string, unknown, unknown][] {
  const labels = new Map(h.description.map((item) => [item.key, item.label]));
  const keys = [...new Set([...b.description.map((item) => item.key), ...h.description.map((item) => item.key)])];
  return [
    ['A. data exporters', b.exporters, h.exporters],
    ['A. data importers', b.importers, h.importers],
    ...keys.map((key): [string, unknown, unknown] => [
      `B. ${labels.get(key) ?? key}`,
      b.description.find((item) => item.key === key)?.value,
      h.description.find((item) => item.key === key)?.value,
    ]),
    ['C. competent supervisory authority', b.authority, h.authority],
  ];
}

function annexIIParts(b: AnnexIIBody, h: AnnexIIBody): [string, unknown, unknown][] {
  const headings = (body: AnnexIIBody) => body.categories.map(({ id, title, order }) => ({ id, title, order }));
  const seeAlso = (body: AnnexIIBody) => body.categories.map(({ id, seeAlso }) => ({ id, seeAlso }));
  return [
    ['taxonomy', b.taxonomy, h.taxonomy],
    ['category headings', headings(b), headings(h)],
    ['cross-references between categories', seeAlso(b), seeAlso(h)],
    // Appendix rows follow the measures, which are listed one by one; only its presence and columns are a part.
    ['control-mapping appendix columns', b.appendix?.frameworks ?? null, h.appendix?.frameworks ?? null],
  ];
}
