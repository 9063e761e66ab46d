import type { Entry, MeasureEntry } from '../content/entry.ts';
import { pick, sameLanguage } from '../content/localise.ts';
import { primaryCategory, translationsOf, type Model } from '../content/model.ts';
import type { DocumentSpec, Framework } from '../schema/index.ts';

/**
 * What a document needs in each of its languages other than the content's: the text of every measure it lists, and
 * the titles of the frameworks it prints (its taxonomy's categories and groups, the appendix's frameworks). The
 * translation rules report what is missing; the document builder prints the same gaps in a draft.
 */
export interface DocumentLanguage {
  entry: Entry<DocumentSpec>;
  language: string;
  /** Path of the field that names the language: `language` or `languages.<i>`. */
  path: (string | number)[];
  /** The measures the document lists (implemented, public, with a category in its taxonomy). */
  measures: MeasureEntry[];
  /** What the document prints with no version in the language: "the category cia-resilience of scc-annex-ii" and so on. */
  missingTitles: string[];
}

/** Every (document, language) pair whose language is not the content's. */
export function documentLanguages(model: Model): DocumentLanguage[] {
  const out: DocumentLanguage[] = [];
  for (const entry of model.documents) {
    const doc = entry.data;
    const languages = doc.languages ? [...doc.languages] : [doc.language ?? model.language];
    languages.forEach((language, index) => {
      if (sameLanguage(language, model.language)) return;
      out.push({
        entry,
        language,
        path: doc.languages ? ['languages', index] : ['language'],
        measures: doc.kind === 'annex-ii' ? listedMeasures(model, doc) : [],
        missingTitles: doc.kind === 'annex-ii' ? missingTitles(model, doc, language) : [],
      });
    });
  }
  return out;
}

function listedMeasures(model: Model, doc: DocumentSpec): MeasureEntry[] {
  const taxonomyId = doc.taxonomy ?? model.taxonomyId;
  const categories = new Set(model.index.frameworks.get(taxonomyId)?.data.requirements.map((r) => r.id) ?? []);
  return model.measures.filter((measure) => {
    const m = measure.data;
    const category = primaryCategory(m, taxonomyId);
    return m.status === 'implemented' && m.visibility === 'public' && category !== undefined && categories.has(category);
  });
}

function missingTitles(model: Model, doc: DocumentSpec, language: string): string[] {
  const out: string[] = [];
  const taxonomyId = doc.taxonomy ?? model.taxonomyId;
  const taxonomy = model.index.frameworks.get(taxonomyId)?.data;
  if (taxonomy && !sameLanguage(taxonomy.language, language)) {
    if (!pick(taxonomy.translations, language)) out.push(`the title and labels of framework ${taxonomy.id}`);
    for (const requirement of taxonomy.requirements) {
      if (!pick(requirement.translations, language)) out.push(`the ${taxonomy.requirementLabel} ${requirement.id} of ${taxonomy.id}`);
    }
    if (taxonomy.groupHeadings) {
      for (const group of taxonomy.groups) {
        if (taxonomy.requirements.some((r) => r.group === group.id) && !pick(group.translations, language)) {
          out.push(`the group ${group.id} of ${taxonomy.id}`);
        }
      }
    }
  }
  if (doc.appendix.controlMapping) {
    const frameworks = doc.appendix.frameworks.length ? doc.appendix.frameworks : (model.organisation?.data.site.frameworks ?? []);
    for (const id of frameworks) {
      const framework = model.index.frameworks.get(id)?.data;
      if (!framework || id === taxonomyId || sameLanguage(framework.language, language)) continue;
      if (!pick(framework.translations, language)) out.push(`the title of framework ${framework.id}`);
      if (framework.kind === 'taxonomy') out.push(...untranslatedRequirements(framework, language));
    }
  }
  return out;
}

function untranslatedRequirements(framework: Framework, language: string): string[] {
  return framework.requirements
    .filter((r) => !pick(r.translations, language))
    .map((r) => `the ${framework.requirementLabel} ${r.id} of ${framework.id}`);
}

/** The measure's translation into `language`: the exact tag, else one with the same primary language. */
export function translationFor(model: Model, measure: MeasureEntry, language: string) {
  const byLanguage = translationsOf(model, measure);
  return byLanguage.get(language) ?? [...byLanguage.entries()].find(([tag]) => sameLanguage(tag, language))?.[1];
}
