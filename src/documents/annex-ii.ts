import type { LocalFramework, LocalMeasure, LocalView } from '../content/localise.ts';
import { compareIds, primaryCategory } from '../content/model.ts';
import type { DocumentSpec } from '../schema/index.ts';
import type { AnnexCategory, AnnexIIBody, AnnexMeasure } from './types.ts';

/** The label the SCC taxonomy gives a category; other labels are stated in the body (see AnnexIIBody). */
const DEFAULT_LABEL = 'category';

/**
 * Annex II lists implemented public measures under the categories of its taxonomy, in the taxonomy's order. A
 * measure is printed once, under its primary category; the other categories it serves point to it, so the
 * contract never states the same measure twice in two wordings. Titles and bodies come from the view's language.
 */
export function annexIIBody(view: LocalView, spec: DocumentSpec): AnnexIIBody {
  const taxonomy = frameworkOrThrow(view, spec.taxonomy ?? view.taxonomy.id);
  const mappingFrameworks = (spec.appendix.frameworks.length ? spec.appendix.frameworks : view.organisation.site.frameworks).map((id) =>
    frameworkOrThrow(view, id),
  );
  const implemented = view.measures.filter((measure) => measure.status === 'implemented');
  const titles = new Map(mappingFrameworks.map((framework) => [framework.id, new Map(framework.requirements.map((r) => [r.id, r.title]))]));
  const groups = taxonomy.groupHeadings ? taxonomy.groups.filter((group) => taxonomy.requirements.some((r) => r.group === group.id)) : [];
  const grouped = new Set(groups.map((group) => group.id));

  const categories: AnnexCategory[] = taxonomy.requirements.map((requirement, index) => {
    const listed = implemented.filter((measure) => primaryCategory(measure, taxonomy.id) === requirement.id);
    const seeAlso = implemented.filter(
      (measure) =>
        primaryCategory(measure, taxonomy.id) !== requirement.id && (measure.satisfies[taxonomy.id] ?? []).includes(requirement.id),
    );
    return {
      id: requirement.id,
      order: index + 1,
      title: requirement.title,
      ...(requirement.lang ? { lang: requirement.lang } : {}),
      ...(requirement.group !== undefined && grouped.has(requirement.group) ? { group: requirement.group } : {}),
      measures: listed.sort((a, b) => compareIds(a.id, b.id)).map((measure) => annexMeasure(measure, mappingFrameworks, titles)),
      seeAlso: seeAlso.sort((a, b) => compareIds(a.id, b.id)).map(({ id, title, lang }) => ({ id, title, ...(lang ? { lang } : {}) })),
    };
  });

  const body: AnnexIIBody = { kind: 'annex-ii', taxonomy: { id: taxonomy.id, title: taxonomy.title }, categories };
  if (groups.length > 0) body.groups = groups.map(({ id, title, lang }) => ({ id, title, ...(lang ? { lang } : {}) }));
  if (taxonomy.requirementLabel !== DEFAULT_LABEL) body.requirementLabel = taxonomy.requirementLabel;
  if (spec.appendix.controlMapping) {
    body.appendix = {
      frameworks: mappingFrameworks.map((framework) => ({
        id: framework.id,
        shortTitle: framework.shortTitle ?? framework.title,
        title: framework.title,
        // A taxonomy's ids are slugs ("transfer-control"): the appendix prints its titles instead.
        ...(framework.kind === 'taxonomy' ? { titles: Object.fromEntries(framework.requirements.map((r) => [r.id, r.title])) } : {}),
      })),
      rows: categories.flatMap((category) =>
        category.measures.map((measure) => ({
          measureId: measure.id,
          title: measure.title,
          controls: Object.fromEntries(
            measure.controls.map((group) => [group.framework, group.requirements.map((requirement) => requirement.id)]),
          ),
        })),
      ),
    };
  }
  return body;
}

function annexMeasure(
  measure: LocalMeasure,
  frameworks: LocalFramework[],
  titlesByFramework: Map<string, Map<string, string>>,
): AnnexMeasure {
  return {
    id: measure.id,
    title: measure.title,
    ...(measure.lang ? { lang: measure.lang } : {}),
    type: measure.type,
    body: measure.body,
    controls: frameworks.map((framework) => {
      const titles = titlesByFramework.get(framework.id)!;
      return {
        framework: framework.id,
        shortTitle: framework.shortTitle ?? framework.title,
        requirements: (measure.satisfies[framework.id] ?? []).map((id) => ({ id, title: titles.get(id) ?? id })),
      };
    }),
  };
}

function frameworkOrThrow(view: LocalView, id: string): LocalFramework {
  const framework = view.frameworks.find((candidate) => candidate.id === id);
  if (!framework) throw new Error(`framework "${id}" named by a document does not exist`);
  return framework;
}
