import { localiseView, type LocalView } from '../content/localise.ts';
import type { PublicView } from '../content/public-view.ts';
import { translator, type Translator } from '../i18n/translator.ts';
import { isUnknown, type DocumentSpec } from '../schema/index.ts';
import { annexIBody } from './annex-i.ts';
import { annexIIBody } from './annex-ii.ts';
import { annexIIIBody } from './annex-iii.ts';
import { canonicalJson, sha256Hex } from './canonical-hash.ts';
import { documentLanguages } from './languages.ts';
import { annexNumber } from './numbering.ts';
import { signatureParties } from './signatures.ts';
import type { DocumentBody, DocumentContent, DocumentText, TranslationNotes } from './types.ts';

/**
 * What each annex says, computed once. The PDF, the documents page, the diff and the version rule all call this,
 * so they cannot disagree about a document's content or its hash. Each document is built from the public view in
 * its own language (a bilingual one from both).
 */
export function buildDocuments(view: PublicView): DocumentContent[] {
  return view.documents.map((spec) => buildDocument(view, spec));
}

function buildDocument(view: PublicView, spec: DocumentSpec): DocumentContent {
  const [first, second] = documentLanguages(spec, view.contentLanguage) as [string, string | undefined];
  const primary = documentText(view, spec, first, { title: spec.title, preamble: spec.preamble });
  const other = second === undefined ? undefined : documentText(view, spec, second, spec.translations?.[second] ?? { title: spec.title });
  const t = translator(first);
  const organisation = { name: view.organisation.name, legalName: view.organisation.legalName };
  const prevailing =
    second === undefined || spec.prevailing === undefined ? undefined : prevailingClause(spec, [first, second], spec.prevailing);
  const hashed = {
    label: primary.label,
    title: primary.title,
    preamble: primary.preamble,
    organisation,
    body: primary.body,
    ...(other ? { second: other, prevailing } : {}),
  };
  return {
    id: spec.id,
    kind: spec.kind,
    annexNumber: annexNumber(spec.kind, spec.numbering, t).number,
    label: primary.label,
    numbering: spec.numbering,
    title: primary.title,
    ...(primary.preamble ? { preamble: primary.preamble } : {}),
    version: spec.version,
    effective: spec.effective,
    status: spec.status,
    language: first,
    ...(other ? { second: other } : {}),
    ...(prevailing ? { prevailing } : {}),
    changelog: spec.changelog,
    organisation,
    signatory: view.organisation.signatory,
    signatures: signatureParties(view, t),
    buildDate: view.buildDate,
    unknowns: unknownFacts(spec, primary.body, view, t),
    translationNotes: [first, ...(second === undefined ? [] : [second])].flatMap((language) =>
      spec.kind === 'annex-ii' ? [translationNotes(localiseView(view, language), language)] : [],
    ),
    body: primary.body,
    hash: sha256Hex(canonicalJson(hashed)),
  };
}

function documentText(
  view: PublicView,
  spec: DocumentSpec,
  language: string,
  words: { title: string; preamble?: string | undefined },
): DocumentText {
  const local = localiseView(view, language);
  const t = translator(language);
  return {
    language,
    label: annexNumber(spec.kind, spec.numbering, t).label,
    title: words.title,
    ...(words.preamble ? { preamble: words.preamble } : {}),
    body: documentBody(local, spec, t),
  };
}

function documentBody(view: LocalView, spec: DocumentSpec, t: Translator): DocumentBody {
  switch (spec.kind) {
    case 'annex-i':
      return annexIBody(view, t);
    case 'annex-ii':
      return annexIIBody(view, spec);
    case 'annex-iii':
      return annexIIIBody(view, spec, t);
  }
}

/** The clause a bilingual document prints under its title, in both languages: the content's own, or the standard one. */
function prevailingClause(
  spec: DocumentSpec,
  languages: [string, string],
  prevailing: string,
): { language: string; clause: Record<string, string> } {
  const clause: Record<string, string> = {};
  for (const language of languages) {
    const t = translator(language);
    clause[language] =
      spec.prevailingClause?.[language] ??
      t.t('pdf.prevailing', { languages: t.list(languages.map((l) => t.languageName(l))), prevailing: t.languageName(prevailing) });
  }
  return { language: prevailing, clause };
}

/** Which measures of an Annex II in `language` have no text in it, only an unreviewed one, or one of an older source. */
function translationNotes(view: LocalView, language: string): TranslationNotes {
  const notes: TranslationNotes = { language, missing: [], unreviewed: [], machineAssisted: 0, stale: [] };
  for (const measure of view.measures) {
    if (measure.status !== 'implemented') continue;
    if (measure.lang) notes.missing.push(measure.id);
    else if (measure.translation) {
      if (measure.translation.status !== 'reviewed') {
        notes.unreviewed.push(measure.id);
        if (measure.translation.method === 'machine-assisted') notes.machineAssisted++;
      }
      if (!measure.translation.current) notes.stale.push(measure.id);
    }
  }
  return notes;
}

/** Readable labels of every unknown fact a document prints; a released document must have none. */
function unknownFacts(spec: DocumentSpec, body: DocumentContent['body'], view: PublicView, t: Translator): string[] {
  const out: string[] = [];
  const check = (label: string, value: unknown) => {
    if (isUnknown(value)) out.push(label);
  };
  if (body.kind === 'annex-i') {
    for (const [side, parties] of [
      ['exporter', body.exporters],
      ['importer', body.importers],
    ] as const) {
      parties.forEach((party, index) => {
        const role = t.t(`party.${side}`);
        const who = parties.length > 1 ? t.t('party.numbered', { party: role, number: index + 1 }) : role;
        check(t.t('unknown.address', { who }), party.address);
        check(t.t('unknown.contact', { who }), party.contact);
        check(t.t('unknown.activities', { who }), party.activities);
      });
    }
    for (const item of body.description) check(item.label, item.value);
    if (spec.numbering === 'scc-2021-914') check(t.t('unknown.authority'), body.authority);
    check(t.t('unknown.legalName'), view.organisation.legalName);
    check(t.t('unknown.signatory'), view.organisation.signatory);
  } else if (body.kind === 'annex-iii') {
    for (const sub of body.subprocessors) {
      const name = sub.name;
      check(t.t('unknown.subprocessor.legalName', { name }), sub.legalName);
      check(t.t('unknown.subprocessor.address', { name }), sub.address);
      check(t.t('unknown.subprocessor.contact', { name }), sub.contact);
      check(t.t('unknown.subprocessor.dataCategories', { name }), sub.dataCategories);
      check(t.t('unknown.subprocessor.locations', { name }), sub.locations);
      check(t.t('unknown.subprocessor.transferMechanisms', { name }), sub.transferMechanisms);
    }
  }
  return out;
}
