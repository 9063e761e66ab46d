import { buildDateFromEpoch } from '../content/build-date.ts';
import { measureTextHash, yamlHash } from '../content/measure-text.ts';
import { buildModel } from '../content/model.ts';
import { answerTopicIds, answerValues, type AnswerTopic, type AnswerValue } from '../schema/answer.ts';
import { ScaffoldError, uniqueFile, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { mostCommon, slugify, yamlValue } from './yaml-text.ts';

export interface AnswerInput {
  question: string;
  topic: string;
  /** Measure ids the answer relies on. */
  measures: string[];
  answer: string;
  /** Review date, YYYY-MM-DD (the author reads the measures now). */
  date: string;
  id?: string;
  owner?: string;
}

/**
 * A new answer under content/answers/, internal until someone decides customers may read it. The text hash of each
 * measure it relies on is recorded as the author's review of them, so validation notices when one is reworded.
 * The explanation is left for the author: an answer is only as good as what it says in its own words. Its placeholder
 * is a TODO, which public-voice reports as soon as the answer is made public or customer, so an unwritten answer
 * cannot reach customers unnoticed (while internal, nothing is published and nothing is reported).
 */
export function scaffoldAnswer(context: ScaffoldContext, input: AnswerInput): Scaffold {
  const { content } = context;
  if (!(answerTopicIds as readonly string[]).includes(input.topic))
    throw new ScaffoldError(`--topic must be one of: ${answerTopicIds.join(', ')}`);
  if (!(answerValues as readonly string[]).includes(input.answer))
    throw new ScaffoldError(`--answer must be one of: ${answerValues.join(', ')}`);
  const id = input.id ?? slugify(input.question.replace(/\?$/, ''), 48);
  if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not an answer id: use lower-case letters, digits and "-"`);
  const clash = content.answers.find((entry) => entry.data.id === id);
  if (clash) throw new ScaffoldError(`answer "${id}" already exists in ${clash.file}; choose another --id`);
  // The hashes do not depend on the date: any build date reads the same measure text.
  const model = buildModel(content, buildDateFromEpoch(Date.parse(`${input.date}T00:00:00Z`) / 1000));
  const unknown = input.measures.filter((measure) => !model.index.measures.has(measure));
  if (unknown.length) {
    const known = [...model.index.measures.keys()].slice(0, 8).join(', ');
    throw new ScaffoldError(
      `--measures names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a measure' : 'are not measures'} (such as ${known})`,
    );
  }
  if (input.measures.length === 0 && (input.answer === 'yes' || input.answer === 'partial'))
    throw new ScaffoldError('a yes or partial answer names the measures that back it: --measures ENC-01,ENC-02');
  const owner =
    input.owner ??
    mostCommon(content.answers.map((entry) => entry.data.owner)) ??
    mostCommon(content.measures.flatMap((entry) => (typeof entry.data.owner === 'string' ? [entry.data.owner] : [])));
  if (!owner) throw new ScaffoldError('--owner is required: no answer or measure names an owner to follow');
  const notes = [`visibility internal: nothing is published until you set public or customer`];
  if (!input.owner) notes.push(`owner ${owner}: the most common owner (change it with --owner)`);
  const hashes = input.measures.map((measure) => `  ${measure}: ${yamlHash(measureTextHash(model, measure) ?? '')}`);
  const text = [
    `id: ${id}`,
    `# One of: ${answerTopicIds.join(', ')}.`,
    `topic: ${input.topic as AnswerTopic}`,
    `question: ${yamlValue(input.question)}`,
    '# Ids of the same question in public questionnaires (never their text), such as:',
    '# refs: { ccm-v4: [CEK-03] }',
    '# yes, no, partial or not-applicable: answer only what the measures below support.',
    `answer: ${input.answer as AnswerValue}`,
    'explanation: >-',
    '  TODO: say what is done, in specific terms, and cite the measures by id.',
    `measures: ${yamlValue(input.measures)}`,
    ...(hashes.length
      ? ['# The text of each measure as you read it: validation reports a later rewording.', 'reviewedText:', ...hashes]
      : []),
    '# public: on the trust center and in every export; customer: exports for customers under NDA; internal: nowhere.',
    'visibility: internal',
    `reviewed: ${input.date}`,
    `owner: ${yamlValue(owner)}`,
    '',
  ].join('\n');
  return {
    file: uniqueFile(context, `${content.contentDir}/answers/`, id, '.yaml'),
    text,
    id,
    notes,
    next: [
      `Write the explanation from the text of ${input.measures.join(', ') || 'the measures'}, and nothing they do not say.`,
      'Set visibility: public (or customer) once it is reviewed, then run `npm run validate`.',
    ],
  };
}
