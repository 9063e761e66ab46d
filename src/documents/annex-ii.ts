import type { PublicMeasure, PublicView } from '../content/public-view.ts';
import { compareIds, primaryCategory } from '../content/model.ts';
import type { DocumentSpec, Framework } from '../schema/index.ts';
import type { AnnexCategory, AnnexIIBody, AnnexMeasure } from './types.ts';

/**
 * Annex II lists implemented public measures under the categories of its taxonomy, in the taxonomy's order. A
 * measure is printed once, under its primary category; the other categories it serves point to it, so the
 * contract never states the same measure twice in two wordings.
 */
export function annexIIBody(view: PublicView, spec: DocumentSpec): AnnexIIBody {
  const taxonomy = frameworkOrThrow(view, spec.taxonomy ?? view.taxonomy.id);
  const mappingFrameworks = (spec.appendix.frameworks.length ? spec.appendix.frameworks : view.organisation.site.frameworks).map((id) =>
    frameworkOrThrow(view, id),
  );
  const implemented = view.measures.filter((measure) => measure.status === 'implemented');
  const titles = new Map(mappingFrameworks.map((framework) => [framework.id, new Map(framework.requirements.map((r) => [r.id, r.title]))]));

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
      measures: listed.sort((a, b) => compareIds(a.id, b.id)).map((measure) => annexMeasure(measure, mappingFrameworks, titles)),
      seeAlso: seeAlso.sort((a, b) => compareIds(a.id, b.id)).map(({ id, title }) => ({ id, title })),
    };
  });

  const body: AnnexIIBody = { kind: 'annex-ii', taxonomy: { id: taxonomy.id, title: taxonomy.title }, categories };
  if (spec.appendix.controlMapping) {
    body.appendix = {
      frameworks: mappingFrameworks.map((framework) => ({
        id: framework.id,
        shortTitle: framework.shortTitle ?? framework.title,
        title: framework.title,
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

function annexMeasure(measure: PublicMeasure, frameworks: Framework[], titlesByFramework: Map<string, Map<string, string>>): AnnexMeasure {
  return {
    id: measure.id,
    title: measure.title,
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

function frameworkOrThrow(view: PublicView, id: string): Framework {
  const framework = view.frameworks.find((candidate) => candidate.id === id);
  if (!framework) throw new Error(`framework "${id}" named by a document does not exist`);
  return framework;
}
