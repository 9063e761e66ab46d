import type { PublicView } from '../content/public-view.ts';
import type { Manifest, ManifestDocument, ManifestVersion } from '../documents/manifest.ts';
import type { Framework, Requirement } from '../schema/framework.ts';
import type { PublicMeasure } from '../schema/public.ts';
import { annexRequirements, frameworkMapping, mappingMatrix, type AnnexRequirement, type FrameworkMapping, type MappingMatrix } from './mapping.ts';
import { groupRequirements, type RequirementSection } from './grouping.ts';
import { requirementAnchors, routes, SitePaths } from './paths.ts';
import { buildUpdates, type UpdateEntry } from './updates.ts';
import { siteInput } from './input.ts';
import { answerSections } from './answers.ts';

/**
 * Everything the pages read: the public view plus the indexes pages need, computed once per build so that each
 * page does work in proportion to itself. Built only from the public view: nothing here can hold internal data.
 */
export interface SiteData {
  view: PublicView;
  /** The signed PDFs built with this site. */
  documents: ManifestDocument[];
  /** Every released version kept at its own URL. */
  versions: ManifestVersion[];
  /** Whether the released versions were built. */
  archive?: Manifest['archive'];
  paths: SitePaths;
  measureById: Map<string, PublicMeasure>;
  /** Taxonomy categories in order, with the measures listed under each (primary) and those that also serve it. */
  categories: CategoryView[];
  categoryById: Map<string, CategoryView>;
  /** Measures with no category in the taxonomy. */
  uncategorised: PublicMeasure[];
  frameworkById: Map<string, Framework>;
  /** Taxonomy first, then the organisation's chosen frameworks, then the rest in file order. */
  frameworkOrder: Framework[];
  /** Frameworks shown as matrix columns: every framework but the taxonomy, in `frameworkOrder`. */
  matrixFrameworks: Framework[];
  /** Which measures are mapped to each requirement, per framework. */
  mapping: Map<string, FrameworkMapping>;
  /** Released Annex II documents and the taxonomy categories each requires. */
  annexRequirements: AnnexRequirement[];
  sections: Map<string, RequirementSection[]>;
  /** framework id -> requirement id -> fragment id on the framework page. */
  anchors: Map<string, Map<string, string>>;
  requirementById: Map<string, Map<string, Requirement>>;
  matrix: MappingMatrix;
  updates: UpdateEntry[];
}

export interface CategoryView {
  requirement: Requirement;
  /** 1-based position in the taxonomy. */
  order: number;
  measures: PublicMeasure[];
  /** Measures listed under another category that name this one too. */
  seeAlso: PublicMeasure[];
}

let memo: SiteData | undefined;

/** The site's data for this build (memoised). */
export function getSite(): SiteData {
  if (!memo) {
    const input = siteInput();
    memo = shapeSite(input.view, input.documents, input.versions, input.archive);
  }
  return memo;
}

/** Pure: shapes a public view into the indexes the pages use. */
export function shapeSite(
  view: PublicView,
  documents: ManifestDocument[] = [],
  versions: ManifestVersion[] = [],
  archive?: Manifest['archive'],
): SiteData {
  const paths = new SitePaths(view.organisation.site.baseUrl);
  const taxonomy = view.taxonomy;
  const measureById = new Map(view.measures.map((m) => [m.id, m]));
  const categories = taxonomy.requirements.map((requirement, index): CategoryView => ({
    requirement,
    order: index + 1,
    measures: [],
    seeAlso: [],
  }));
  const categoryById = new Map(categories.map((c) => [c.requirement.id, c]));
  const uncategorised: PublicMeasure[] = [];
  for (const measure of view.measures) {
    const primary = measure.category === undefined ? undefined : categoryById.get(measure.category);
    if (primary) primary.measures.push(measure);
    else uncategorised.push(measure);
    for (const other of new Set(measure.satisfies[taxonomy.id] ?? [])) {
      if (other !== measure.category) categoryById.get(other)?.seeAlso.push(measure);
    }
  }

  const frameworkById = new Map(view.frameworks.map((f) => [f.id, f]));
  frameworkById.set(taxonomy.id, frameworkById.get(taxonomy.id) ?? taxonomy);
  const ordered = [taxonomy.id, ...view.organisation.site.frameworks, ...view.frameworks.map((f) => f.id)];
  const frameworkOrder = [...new Set(ordered)].flatMap((id) => frameworkById.get(id) ?? []);
  const matrixFrameworks = frameworkOrder.filter((f) => f.id !== taxonomy.id);

  const mapping = new Map<string, FrameworkMapping>();
  const sections = new Map<string, RequirementSection[]>();
  const anchors = new Map<string, Map<string, string>>();
  const requirementById = new Map<string, Map<string, Requirement>>();
  for (const framework of frameworkOrder) {
    mapping.set(framework.id, frameworkMapping(framework, view.measures));
    sections.set(framework.id, groupRequirements(framework));
    anchors.set(framework.id, requirementAnchors(framework.requirements.map((r) => r.id)));
    const byId = new Map<string, Requirement>();
    for (const r of framework.requirements) if (!byId.has(r.id)) byId.set(r.id, r);
    requirementById.set(framework.id, byId);
  }

  return {
    view,
    documents,
    versions,
    ...(archive ? { archive } : {}),
    paths,
    measureById,
    categories,
    categoryById,
    uncategorised,
    frameworkById,
    frameworkOrder,
    matrixFrameworks,
    mapping,
    annexRequirements: annexRequirements(taxonomy, view.documents, mapping.get(taxonomy.id)!),
    sections,
    anchors,
    requirementById,
    matrix: mappingMatrix(taxonomy, matrixFrameworks, view.measures, mapping),
    updates: buildUpdates({ documents: view.documents, subprocessors: view.subprocessors, buildDate: view.buildDate.day }),
  };
}

/** Link to a requirement on its framework page. */
export function requirementHref(site: SiteData, frameworkId: string, requirementId: string): string {
  const anchor = site.anchors.get(frameworkId)?.get(requirementId);
  return site.paths.href(routes.framework(frameworkId)) + (anchor ? `#${anchor}` : '');
}

/** Every HTML page of the site, as site paths: what the sitemap lists (not the 404 or search pages). */
export function pagePaths(site: SiteData): string[] {
  return [
    routes.home,
    routes.measures,
    ...site.categories.map((c) => routes.category(c.requirement.id)),
    ...site.view.measures.map((m) => routes.measure(m.id)),
    routes.frameworks,
    ...site.frameworkOrder.map((f) => routes.framework(f.id)),
    routes.subprocessors,
    routes.documents,
    routes.updates,
    routes.answers,
    ...answerSections(site.view)
      .filter((section) => section.answers.length > 0)
      .map((section) => routes.answerTopic(section.id)),
  ];
}
