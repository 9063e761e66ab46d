import type { Framework, Requirement, RequirementGroup } from '../schema/framework.ts';
import type { PublicAnswer, PublicAnswerTranslation, PublicMeasure, PublicTranslation } from '../schema/public.ts';
import type { PublicView } from './public-view.ts';

/**
 * The public view in one language: what every output in that language reads. Frameworks take their titles and
 * labels from `translations`, measures their title and body from their `<name>.<lang>.mdx` translation. Where a
 * text has no version in the language, the source text stays and the item says which language it is in (`lang`),
 * so a page can mark it (`lang="en"`) and a draft document can print the gap; a released document never gets
 * that far (the translation rules refuse it).
 */
export interface LocalView extends Omit<PublicView, 'taxonomy' | 'frameworks' | 'measures' | 'answers'> {
  /** The language of this view. */
  language: string;
  taxonomy: LocalFramework;
  frameworks: LocalFramework[];
  measures: LocalMeasure[];
  answers: LocalAnswer[];
}

/** Set on a localised item whose text is not in the view's language: the language it is in. */
export interface Fallback {
  lang?: string;
}

export type LocalRequirement = Requirement & Fallback;
export type LocalGroup = RequirementGroup & Fallback;
export type LocalFramework = Omit<Framework, 'requirements' | 'groups' | 'requirementLabelPlural'> &
  Fallback & {
    /** The plural of `requirementLabel`, always set. */
    requirementLabelPlural: string;
    requirements: LocalRequirement[];
    groups: LocalGroup[];
  };

export type LocalMeasure = PublicMeasure &
  Fallback & {
    /** Where the text shown comes from when it is a translation: its review status and whether it is current. */
    translation?: Pick<PublicTranslation, 'status' | 'method' | 'current'>;
  };

export type LocalAnswer = PublicAnswer &
  Fallback & {
    /** Where the text shown comes from when it is a translation: its review status and whether it is current. */
    translation?: Pick<PublicAnswerTranslation, 'status' | 'method' | 'current'>;
  };

/** "de-AT" and "de" are the same language for choosing a text; "de-AT" is preferred when both exist. */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}

function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The entry of `record` for `language`: the exact tag, else one with the same primary language. */
export function pick<T>(record: Record<string, T> | undefined, language: string): T | undefined {
  if (!record) return undefined;
  if (record[language] !== undefined) return record[language];
  const key = Object.keys(record).find((candidate) => sameLanguage(candidate, language));
  return key === undefined ? undefined : record[key];
}

const memo = new WeakMap<PublicView, Map<string, LocalView>>();

/** The view in `language` (memoised per view). */
export function localiseView(view: PublicView, language: string): LocalView {
  let byLanguage = memo.get(view);
  if (!byLanguage) memo.set(view, (byLanguage = new Map()));
  let local = byLanguage.get(language);
  if (!local) {
    const measures = view.measures.map((measure) => localiseMeasure(measure, language));
    const titles = new Map(measures.map((measure) => [measure.id, measure]));
    local = {
      ...view,
      language,
      taxonomy: localiseFramework(view.taxonomy, language),
      frameworks: view.frameworks.map((framework) => localiseFramework(framework, language)),
      measures,
      answers: view.answers.map((answer) => localiseAnswer(answer, language, titles)),
    };
    byLanguage.set(language, local);
  }
  return local;
}

export function localiseMeasure(measure: PublicMeasure, language: string): LocalMeasure {
  if (sameLanguage(measure.language, language)) return measure;
  const translation = pick(measure.translations, language);
  if (!translation) return { ...measure, lang: measure.language };
  const { title, body, text, status, method, current } = translation;
  return { ...measure, title, body, text, translation: { status, method, current } };
}

/**
 * An answer in `language`: its translation when there is one, else the source text marked with its language. The
 * titles of the measures it relies on follow the measures' own translations (`measures`: the view's, localised).
 */
export function localiseAnswer(answer: PublicAnswer, language: string, measures?: ReadonlyMap<string, { title: string }>): LocalAnswer {
  const relied = measures ? answer.measures.map((m) => ({ ...m, title: measures.get(m.id)?.title ?? m.title })) : answer.measures;
  if (sameLanguage(answer.language, language)) return { ...answer, measures: relied };
  const translation = pick(answer.translations, language);
  if (!translation) return { ...answer, measures: relied, lang: answer.language };
  const { question, explanation, status, method, current } = translation;
  return { ...answer, measures: relied, question, explanation, translation: { status, method, current } };
}

export function localiseFramework(framework: Framework, language: string): LocalFramework {
  const own = sameLanguage(framework.language, language);
  const t = own ? undefined : pick(framework.translations, language);
  const fallback = own || t ? {} : { lang: framework.language };
  const label = t?.requirementLabel ?? framework.requirementLabel;
  const plural = t?.requirementLabelPlural ?? framework.requirementLabelPlural ?? englishPlural(framework.requirementLabel);
  return {
    ...framework,
    ...fallback,
    title: t?.title ?? framework.title,
    ...(framework.shortTitle !== undefined || t?.shortTitle !== undefined ? { shortTitle: t?.shortTitle ?? framework.shortTitle } : {}),
    requirementLabel: label,
    requirementLabelPlural: plural,
    ...(framework.notice !== undefined ? { notice: t?.notice ?? framework.notice } : {}),
    source: t?.source ?? framework.source,
    groups: framework.groups.map((group) => localiseItem(group, framework.language, language)),
    requirements: framework.requirements.map((requirement) => {
      const local = localiseItem(requirement, framework.language, language);
      const translated = own ? undefined : pick(requirement.translations, language);
      return translated?.description !== undefined ? { ...local, description: translated.description } : local;
    }),
  };
}

function localiseItem<T extends { title: string; translations?: Record<string, { title: string }> }>(
  item: T,
  from: string,
  language: string,
): T & Fallback {
  if (sameLanguage(from, language)) return item;
  const translated = pick(item.translations, language);
  return translated ? { ...item, title: translated.title } : { ...item, lang: from };
}

/** English plural of a requirement label: "control" -> "controls", "category" -> "categories", "criterion" -> "criteria". */
export function englishPlural(label: string): string {
  if (/criterion$/i.test(label)) return label.replace(/ion$/i, 'ia');
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}
