import {
  localiseView,
  sameLanguage,
  type LocalFramework,
  type LocalGroup,
  type LocalMeasure,
  type LocalRequirement,
  type LocalView,
} from '../content/localise.ts';
import type { PublicView } from '../content/public-view.ts';
import type { Manifest, ManifestDocument, ManifestVersion } from '../documents/manifest.ts';
import type { DocumentSpec } from '../schema/document.ts';
import { translator, type Translator } from '../i18n/translator.ts';
import {
  annexRequirements,
  frameworkMapping,
  mappingMatrix,
  type AnnexRequirement,
  type FrameworkMapping,
  type MappingMatrix,
} from './mapping.ts';
import { groupRequirements, type RequirementSection } from './grouping.ts';
import { requirementAnchors, routes, SitePaths, slug } from './paths.ts';
import { buildUpdates, type UpdateEntry } from './updates.ts';
import { siteInput } from './input.ts';
import { answerSections } from './answers.ts';

/**
 * Everything the pages of one language read: the public view in that language plus the indexes pages need,
 * computed once per build and language so that each page does work in proportion to itself. Built only from the
 * public view: nothing here can hold internal data.
 */
export interface SiteData {
  view: LocalView;
  /** The public view in every language, as the content gives it (for the exports, which carry all languages). */
  publicView: PublicView;
  /** The language of these pages, and everything it formats (messages, dates, numbers, plurals, countries). */
  t: Translator;
  /** Every language the site is published in, the default first. */
  languages: string[];
  /** True when the site is published in several languages, each under /<language>/. */
  multilingual: boolean;
  /**
   * The content's language when it is not this page's: text from the YAML (overview, purposes, scopes) is in it and
   * is marked with this `lang`, so a screen reader reads it in its own language. Undefined when they agree.
   */
  contentLang: string | undefined;
  /** The signed PDFs built with this site. */
  documents: ManifestDocument[];
  /** Every released version kept at its own URL. */
  versions: ManifestVersion[];
  /** Whether the released versions were built. */
  archive?: Manifest['archive'];
  paths: SitePaths;
  measureById: Map<string, LocalMeasure>;
  /** Taxonomy categories in order, with the measures listed under each (primary) and those that also serve it. */
  categories: CategoryView[];
  categoryById: Map<string, CategoryView>;
  /** The taxonomy's groups with their categories, when it prints its groups (`groupHeadings`); else empty. */
  categoryGroups: { group: LocalGroup; categories: CategoryView[] }[];
  /** Measures with no category in the taxonomy. */
  uncategorised: LocalMeasure[];
  frameworkById: Map<string, LocalFramework>;
  /** Taxonomy first, then the organisation's chosen frameworks, then the rest in file order. */
  frameworkOrder: LocalFramework[];
  /** Frameworks shown as matrix columns: every framework but the taxonomy, in `frameworkOrder`. */
  matrixFrameworks: LocalFramework[];
  /** Which measures are mapped to each requirement, per framework. */
  mapping: Map<string, FrameworkMapping>;
  /** Released Annex II documents and the taxonomy categories each requires. */
  annexRequirements: AnnexRequirement[];
  sections: Map<string, RequirementSection[]>;
  /** framework id -> requirement id -> fragment id on the framework page. */
  anchors: Map<string, Map<string, string>>;
  requirementById: Map<string, Map<string, LocalRequirement>>;
  matrix: MappingMatrix;
  updates: UpdateEntry[];
}

export interface CategoryView {
  requirement: LocalRequirement;
  /** 1-based position in the taxonomy. */
  order: number;
  measures: LocalMeasure[];
  /** Measures listed under another category that name this one too. */
  seeAlso: LocalMeasure[];
}

const memo = new Map<string, SiteData>();

/** The site's data for this build in `language` (the default language when not given), memoised. */
export function getSite(language?: string): SiteData {
  const input = siteInput();
  const languages = input.view.organisation.site.languages;
  const key = language ?? languages[0]!;
  let site = memo.get(key);
  if (!site) {
    site = shapeSite(input.view, input.documents, key, input.versions, input.archive);
    memo.set(key, site);
  }
  return site;
}

/**
 * The `lang` route parameter and the language of every version of a page: one with no prefix on a site in one
 * language, one per language ("de", "en") on a site in several.
 */
export function languageRoutes(): { params: { lang: string | undefined }; language: string }[] {
  const languages = siteInput().view.organisation.site.languages;
  if (languages.length === 1) return [{ params: { lang: undefined }, language: languages[0]! }];
  return languages.map((language) => ({ params: { lang: slug(language) }, language }));
}

/** Pure: shapes a public view into the indexes the pages of one language use. */
export function shapeSite(
  publicView: PublicView,
  documents: ManifestDocument[] = [],
  language?: string,
  versions: ManifestVersion[] = [],
  archive?: Manifest['archive'],
): SiteData {
  const languages = publicView.organisation.site.languages;
  const lang = language ?? languages[0] ?? publicView.contentLanguage;
  const multilingual = languages.length > 1;
  const view = localiseView(publicView, lang);
  const t = translator(lang);
  const paths = new SitePaths(view.organisation.site.baseUrl, multilingual ? lang : undefined);
  const taxonomy = view.taxonomy;
  const measureById = new Map(view.measures.map((m) => [m.id, m]));
  const categories = taxonomy.requirements.map((requirement, index): CategoryView => ({
    requirement,
    order: index + 1,
    measures: [],
    seeAlso: [],
  }));
  const categoryById = new Map(categories.map((c) => [c.requirement.id, c]));
  const uncategorised: LocalMeasure[] = [];
  for (const measure of view.measures) {
    const primary = measure.category === undefined ? undefined : categoryById.get(measure.category);
    if (primary) primary.measures.push(measure);
    else uncategorised.push(measure);
    for (const other of new Set(measure.satisfies[taxonomy.id] ?? [])) {
      if (other !== measure.category) categoryById.get(other)?.seeAlso.push(measure);
    }
  }
  const categoryGroups = taxonomy.groupHeadings
    ? taxonomy.groups
        .map((group) => ({ group, categories: categories.filter((c) => c.requirement.group === group.id) }))
        .filter((entry) => entry.categories.length > 0)
    : [];

  const frameworkById = new Map(view.frameworks.map((f) => [f.id, f]));
  frameworkById.set(taxonomy.id, frameworkById.get(taxonomy.id) ?? taxonomy);
  const ordered = [taxonomy.id, ...view.organisation.site.frameworks, ...view.frameworks.map((f) => f.id)];
  const frameworkOrder = [...new Set(ordered)].flatMap((id) => frameworkById.get(id) ?? []);
  const matrixFrameworks = frameworkOrder.filter((f) => f.id !== taxonomy.id);

  const mapping = new Map<string, FrameworkMapping>();
  const sections = new Map<string, RequirementSection[]>();
  const anchors = new Map<string, Map<string, string>>();
  const requirementById = new Map<string, Map<string, LocalRequirement>>();
  for (const framework of frameworkOrder) {
    mapping.set(framework.id, frameworkMapping(framework, view.measures));
    sections.set(framework.id, groupRequirements(framework, t.t('framework.other')));
    anchors.set(framework.id, requirementAnchors(framework.requirements.map((r) => r.id)));
    const byId = new Map<string, LocalRequirement>();
    for (const r of framework.requirements) if (!byId.has(r.id)) byId.set(r.id, r);
    requirementById.set(framework.id, byId);
  }

  return {
    view,
    publicView,
    t,
    languages,
    multilingual,
    contentLang: sameLanguage(view.contentLanguage, lang) ? undefined : view.contentLanguage,
    documents,
    versions,
    ...(archive ? { archive } : {}),
    paths,
    measureById,
    categories,
    categoryById,
    categoryGroups,
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
    updates: buildUpdates({ documents: view.documents, subprocessors: view.subprocessors, buildDate: view.buildDate.day, t }),
  };
}

/** Link to a requirement on its framework page. */
export function requirementHref(site: SiteData, frameworkId: string, requirementId: string): string {
  const anchor = site.anchors.get(frameworkId)?.get(requirementId);
  return site.paths.href(routes.framework(frameworkId)) + (anchor ? `#${anchor}` : '');
}

/** Every HTML page of the site in one language, as site paths: what the sitemap lists (not the 404 or search pages). */
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
    ...answerSections(site.view, site.t)
      .filter((section) => section.answers.length > 0)
      .map((section) => routes.answerTopic(section.id)),
  ];
}

/** `language` when it is not the page's, for a `lang` attribute on text written in it; else undefined. */
export function langOf(site: SiteData, language: string): string | undefined {
  return sameLanguage(language, site.t.tag) ? undefined : language;
}

/** The language a document is written in (the first of a bilingual one). */
export function documentLanguage(
  site: SiteData,
  doc: { language?: string | undefined; languages?: readonly string[] | undefined },
): string {
  return doc.languages?.[0] ?? doc.language ?? site.view.contentLanguage;
}

/** A document's title in the page's language where it has one (a bilingual document), with its `lang` otherwise. */
export function documentTitle(site: SiteData, doc: DocumentSpec): { title: string; lang: string | undefined } {
  const translated = Object.entries(doc.translations ?? {}).find(([language]) => sameLanguage(language, site.t.tag));
  if (translated) return { title: translated[1].title, lang: undefined };
  return { title: doc.title, lang: langOf(site, documentLanguage(site, doc)) };
}

/** The same page in every language of the site, for hreflang links and the language switch. */
export function alternates(site: SiteData, path: string): { language: string; href: string; absolute: string }[] {
  if (!site.multilingual) return [];
  return site.languages.map((language) => {
    const paths = new SitePaths(site.view.organisation.site.baseUrl, language);
    return { language, href: paths.href(path), absolute: paths.absolute(path) };
  });
}
