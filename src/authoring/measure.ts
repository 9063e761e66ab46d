import { nextMeasureId } from './measure-id.ts';
import { ScaffoldError, uniqueFile, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { mostCommon, slugify, yamlValue } from './yaml-text.ts';

export interface MeasureInput {
  /** Category id in the taxonomy (the folder under content/measures/). */
  category: string;
  title: string;
  type: 'technical' | 'organisational';
  status: 'implemented' | 'planned';
  owner?: string;
  prefix?: string;
  /** The review date, YYYY-MM-DD. */
  date: string;
}

/**
 * The body of a new measure. It must not pass as a description, so it is written in exactly the generic terms the
 * specificity rule reports ("appropriate", "regularly"): validation keeps pointing at it until it is replaced.
 */
const PLACEHOLDER_BODY =
  'Describe the measure here in specific terms: what is done, by which system or team, for which data and how often. Until then this paragraph says only that appropriate safeguards are applied regularly, which validation reports as too generic to tell a customer anything.';

/**
 * A new measure file under content/measures/<category>/. It validates except for what only the author can supply,
 * each of which validation reports: no evidence yet (measure-evidence, for an implemented measure), no control
 * mapped outside the taxonomy (measure-controls) and the placeholder body (specificity).
 */
export function scaffoldMeasure(context: ScaffoldContext, taxonomyId: string, input: MeasureInput): Scaffold {
  const { content } = context;
  const taxonomy = content.frameworks.find((framework) => framework.data.id === taxonomyId)?.data;
  if (!taxonomy) throw new ScaffoldError(`the taxonomy "${taxonomyId}" is not a framework in ${content.contentDir}/frameworks/`);
  const categories = taxonomy.requirements.map((requirement) => requirement.id);
  if (!categories.includes(input.category)) {
    throw new ScaffoldError(`"${input.category}" is not a category of ${taxonomyId}; choose one of: ${categories.join(', ')}`);
  }
  const { id, prefixSource } = nextMeasureId(content, input.category, input.prefix);
  const folder = `${content.contentDir}/measures/${input.category}/`;
  const siblings = content.measures.filter((entry) => entry.file.startsWith(folder));
  const notes: string[] = [];
  if (prefixSource === 'category') notes.push(`id ${id}: the next number for the prefix this category uses`);
  if (prefixSource === 'derived') notes.push(`id ${id}: a new prefix derived from the category (choose another with --prefix)`);

  let owner = input.owner;
  if (!owner) {
    owner = mostCommon(siblings.flatMap((entry) => (typeof entry.data.owner === 'string' ? [entry.data.owner] : [])));
    if (!owner) throw new ScaffoldError('--owner is required: no other measure in this category names one to follow');
    notes.push(`owner ${owner}: the most common owner in this category (change it with --owner)`);
  }

  const frameworks = content.frameworks.filter((framework) => framework.data.kind !== 'taxonomy').map((framework) => framework.data.id);
  const suggestions = frameworks.map((framework) => {
    const used = mostCommon(siblings.flatMap((entry) => entry.data.satisfies[framework] ?? []));
    return `  # ${framework}: [${used ? yamlValue(used) : '<id>'}]`;
  });

  const text = [
    '---',
    `id: ${id}`,
    `title: ${yamlValue(input.title)}`,
    `type: ${input.type}`,
    `status: ${input.status}`,
    `owner: ${yamlValue(owner)}`,
    'satisfies:',
    `  ${taxonomyId}: [${input.category}]`,
    ...(suggestions.length
      ? ['  # Map the controls the measure satisfies (ids as in content/frameworks/), for example:', ...suggestions]
      : []),
    '# Ids from content/evidence/ that show the measure is in force; create one with `npm run new -- evidence`.',
    'evidence: []',
    `reviewed: ${input.date}`,
    'reviewEvery: P1Y',
    '---',
    '',
    PLACEHOLDER_BODY,
    '',
  ].join('\n');

  const next = [
    'Replace the body with what is actually done (validation flags it until then: specificity).',
    ...(input.status === 'implemented'
      ? ['Add evidence: [<id>] (measure-evidence) and map at least one control outside the taxonomy (measure-controls).']
      : ['Map the controls it will satisfy; evidence becomes required once status is implemented.']),
    'Run `npm run validate` to see what is left, and `npm run diff` to see what the annex will say.',
  ];
  return { file: uniqueFile(context, folder, slugify(input.title) || id.toLowerCase(), '.mdx'), text, id, notes, next };
}
