import { sameLanguage } from '../content/localise.ts';
import { translationHash } from '../content/translation-hash.ts';
import { ScaffoldError, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { yamlValue } from './yaml-text.ts';

export interface TranslationInput {
  /** Id of the measure to translate, such as "TRN-01". */
  measure: string;
  /** Language of the translation, such as "de". */
  language: string;
  /** The translated title, when already known. */
  title?: string;
}

/**
 * `<name>.<lang>.mdx` beside a measure: the frontmatter records the version of the source it translates (its hash)
 * and starts as a draft, so no released document prints it until someone accountable has reviewed it. The body starts
 * as the source text, to be translated in place.
 */
export function scaffoldTranslation(context: ScaffoldContext, contentLanguage: string, input: TranslationInput): Scaffold {
  const { content } = context;
  const measure = content.measures.find((entry) => entry.data.id === input.measure);
  if (!measure) {
    const ids = content.measures.map((entry) => entry.data.id).slice(0, 6);
    throw new ScaffoldError(`there is no measure "${input.measure}"${ids.length ? ` (such as ${ids.join(', ')})` : ''}`);
  }
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.language))
    throw new ScaffoldError(`--language must be a language tag such as de, got "${input.language}"`);
  if (sameLanguage(input.language, contentLanguage)) {
    throw new ScaffoldError(`the content is written in ${contentLanguage}: ${measure.file} is already the ${input.language} text`);
  }
  const file = measure.file.replace(/\.mdx$/, `.${input.language}.mdx`);
  if (context.files.has(file))
    throw new ScaffoldError(`${file} exists: edit it, and set translates: to the hash the stale-translation warning names`);
  const hash = translationHash({ title: measure.data.title, body: measure.body.source });
  const text = [
    '---',
    `# The ${input.language} text of ${measure.data.id} (${measure.file}). Translate the title and the body below, which is still`,
    `# the ${contentLanguage} text; have it reviewed, then set status: reviewed. translates records the version of the source it`,
    '# was made from: when that changes, validation reports this translation as stale.',
    `title: ${yamlValue(input.title ?? measure.data.title)}`,
    `translates: ${hash}`,
    'status: draft',
    'method: human',
    '---',
    measure.body.source.replace(/^\n*/, '\n'),
  ].join('\n');
  return {
    file,
    text: text.endsWith('\n') ? text : `${text}\n`,
    id: measure.data.id,
    notes: [`translates: ${hash}, the current version of ${measure.file}`],
    next: [
      `Translate the title and the body in ${file}.`,
      'Have it reviewed against the source, then set status: reviewed (a released document refuses a draft translation).',
      'Run `npm run validate` to see which documents still lack a text in this language.',
    ],
  };
}

export interface AnswerTranslationInput {
  /** Id of the answer to translate, such as "backups". */
  answer: string;
  /** Language of the translation, such as "de". */
  language: string;
}

/**
 * `<name>.<lang>.yaml` beside a questionnaire answer, recording the version of the question and explanation it
 * translates. Starts as a draft holding the source text, to be translated in place.
 */
export function scaffoldAnswerTranslation(context: ScaffoldContext, contentLanguage: string, input: AnswerTranslationInput): Scaffold {
  const { content } = context;
  const answer = content.answers.find((entry) => entry.data.id === input.answer);
  if (!answer) {
    const ids = content.answers.map((entry) => entry.data.id).slice(0, 6);
    throw new ScaffoldError(`there is no answer "${input.answer}"${ids.length ? ` (such as ${ids.join(', ')})` : ''}`);
  }
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.language))
    throw new ScaffoldError(`--language must be a language tag such as de, got "${input.language}"`);
  if (sameLanguage(input.language, contentLanguage)) {
    throw new ScaffoldError(`the content is written in ${contentLanguage}: ${answer.file} is already the ${input.language} text`);
  }
  const file = answer.file.replace(/\.(ya?ml)$/, `.${input.language}.$1`);
  if (context.files.has(file))
    throw new ScaffoldError(`${file} exists: edit it, and set translates: to the hash the stale-translation warning names`);
  const hash = translationHash({ title: answer.data.question, body: answer.data.explanation });
  const text = [
    `# The ${input.language} text of the answer ${answer.data.id} (${answer.file}). Translate the question and the`,
    `# explanation, which are still the ${contentLanguage} text; have it reviewed, then set status: reviewed. translates records`,
    '# the version of the source it was made from: when that changes, validation reports this translation as stale.',
    `question: ${yamlValue(answer.data.question)}`,
    'explanation: >-',
    ...answer.data.explanation
      .trim()
      .split('\n')
      .map((line) => (line.trim() ? `  ${line.trim()}` : '')),
    `translates: ${hash}`,
    'status: draft',
    'method: human',
  ].join('\n');
  return {
    file,
    text: `${text}\n`,
    id: answer.data.id,
    notes: [`translates: ${hash}, the current version of ${answer.file}`],
    next: [
      `Translate the question and the explanation in ${file}.`,
      'Have it reviewed against the source, then set status: reviewed.',
      'Run `npm run validate`: it reports the translation as stale whenever the answer changes.',
    ],
  };
}
