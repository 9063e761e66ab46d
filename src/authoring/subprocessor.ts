import { isEea } from '../content/transfers.ts';
import { ScaffoldError, uniqueFile, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { slugify, yamlValue } from './yaml-text.ts';

export interface SubprocessorInput {
  name: string;
  purpose: string;
  /** Date the sub-processor starts (its "added" history event), YYYY-MM-DD. */
  date: string;
  id?: string;
  website?: string;
  /** ISO 3166-1 alpha-2 codes. */
  locations?: string[];
}

/**
 * A new sub-processor under content/subprocessors/. Facts only legal can supply (legal entity, address, contact,
 * data categories, and locations and transfer mechanisms unless given) are written as `unknown` with the reason:
 * Annex III prints them as gaps, and a released Annex III fails validation (document-facts) until they are filled.
 */
export function scaffoldSubprocessor(context: ScaffoldContext, input: SubprocessorInput): Scaffold {
  const { content } = context;
  const id = input.id ?? slugify(input.name);
  if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not a sub-processor id: use lower-case letters, digits and "-", such as "google-cloud"`);
  const clash = content.subprocessors.find((entry) => entry.data.id === id);
  if (clash) throw new ScaffoldError(`sub-processor "${id}" already exists in ${clash.file}; choose another --id`);
  const bad = (input.locations ?? []).filter((code) => !/^[A-Z]{2}$/.test(code));
  if (bad.length) throw new ScaffoldError(`--locations takes ISO 3166-1 country codes such as IE,DE,US; not ${bad.join(', ')}`);
  // A known value, or an explicit unknown that says who supplies it.
  const field = (name: string, value: string | undefined, what: string) =>
    value ? [`${name}: ${value}`] : [`${name}:`, `  unknown: ${yamlValue(`TODO: ${what}`)}`];
  const locations = input.locations?.length ? yamlValue(input.locations) : undefined;
  const text = [
    `id: ${id}`,
    `name: ${yamlValue(input.name)}`,
    ...field('legalName', undefined, 'legal to supply the contracting legal entity, from the contract'),
    ...field('address', undefined, 'legal to supply the registered address of that entity'),
    ...field('contact', undefined, 'legal to supply the data-protection contact (name, role, e-mail) from its DPA'),
    ...(input.website ? [`website: ${yamlValue(input.website)}`] : []),
    'services: []',
    `purpose: ${yamlValue(input.purpose)}`,
    ...field('dataCategories', undefined, 'the categories of personal data it processes'),
    ...field('locations', locations, 'the countries where it processes data (ISO codes such as IE, US)'),
    '# One or more of: eea, adequacy, dpf, scc, bcr, derogation (needed for every location outside the EEA).',
    ...field(
      'transferMechanisms',
      locations && input.locations!.every(isEea) ? '[eea]' : undefined,
      'legal to supply the transfer mechanism for each location outside the EEA',
    ),
    'history:',
    `  - date: ${input.date}`,
    '    change: added',
    `    description: ${yamlValue(`${input.name} added as a sub-processor: ${input.purpose}`)}`,
    '',
  ].join('\n');
  const annexIII = content.documents.find((doc) => doc.data.kind === 'annex-iii');
  return {
    file: uniqueFile(context, `${content.contentDir}/subprocessors/`, id, '.yaml'),
    text,
    id,
    notes: [`starts on ${input.date} (the "added" history event; set a later date with --date to leave time for the notice period)`],
    next: [
      'Fill in every `unknown: TODO` (a released Annex III cannot print them: document-facts).',
      annexIII
        ? `Customers need notice before it starts (SCC Clause 9(a)): in ${annexIII.file}, raise the version and add a changelog entry naming ${input.name} with notice: <date customers are told>. \`npm run validate -- --base main\` checks it (subprocessor-notice).`
        : 'Customers need notice before it starts (SCC Clause 9(a)).',
    ],
  };
}
