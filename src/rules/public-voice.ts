import type { Entry, MeasureBody } from '../content/entry.ts';
import type { Position } from '../content/position.ts';
import { isUnknown } from '../schema/index.ts';
import type { Reporter, Rule } from './rule.ts';

/**
 * Public text speaks to customers, not to the authors. Notes that belong in a YAML comment ("see url", "the source
 * does not say", "see organisation.yaml", "TODO", a repository and licence the catalogue was copied from) read as
 * unfinished work on a trust page and in a signed PDF. Checked: every text a public output can show, i.e. all
 * fields of frameworks, certifications, sub-processors, documents, organisation and processing, public evidence,
 * the titles and bodies of public measures, and the questions and explanations of answers given to customers
 * (public and customer answers, and their translations). Not checked: machine fields (ids, URLs, e-mails), the reasons of
 * `{ unknown: ... }` (notes to the team by design, printed only in drafts), and licence wording in a framework's
 * `notice`, which exists to carry it.
 */
interface VoicePattern {
  id: string;
  pattern: RegExp;
  why: string;
  hint: string;
}

const patterns: readonly VoicePattern[] = [
  {
    id: 'source-note',
    pattern:
      /\b(?:the|our) source (?:document|does(?:n't| not)|says|said|names|gives|has|mentions|lists|places|states|only)\b|\bsource document\b|\bnot in the source\b/gi,
    why: 'talks about the material the content was written from',
    hint: 'say what is true for the customer, and keep notes on where a fact came from in a YAML comment',
  },
  {
    id: 'see-reference',
    pattern: /\(?\bsee (?:the )?(?:url|link|above|below|comment)\)?/gi,
    why: 'points the reader at an authoring field',
    hint: 'write the reference out ("the provider\'s certificate"), or drop it; the link is shown next to the text',
  },
  {
    id: 'file-name',
    pattern: /\b[\w./-]+\.(?:ya?ml|mdx?|json|tsx?|csv)\b/gi,
    why: 'names a file of the repository',
    hint: 'name the thing, not the file it is stored in; keep file references in a YAML comment',
  },
  {
    id: 'todo',
    pattern: /\b(?:TODO|TBD|FIXME|XXX)\b/g,
    why: 'is an unfinished-work marker',
    hint: 'finish the text, or mark the missing fact as { unknown: "why" }, which drafts show as a gap',
  },
  {
    id: 'repository',
    pattern: /\b(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/[\w./-]*|\b[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}\b/gi,
    why: 'cites a source-code repository',
    hint: 'cite the official publication; keep where the data was copied from in a YAML comment',
  },
  {
    id: 'licence',
    pattern:
      /\b(?:A|L)?GPL(?:-\d(?:\.\d)?)?\b|\bSPDX\b|\blicen[cs]ed under\b|\b(?:MIT|Apache|BSD) licen[cs]e\b|\bApache-2\.0\b|\bCC[- ]BY(?:-SA|-NC|-ND)*(?:[- ]\d\.\d)?\b/g,
    why: 'is a licence note about the repository',
    hint: "a framework's copyright or reuse remark goes in its notice field; a licence of copied data goes in a YAML comment",
  },
  {
    id: 'authors',
    pattern: /\bthis (?:project|repository|repo)(?:'s|’s)?\b/gi,
    why: "speaks in the authors' voice",
    hint: 'say who did it in words a customer understands ("our mapping"), or drop the remark',
  },
];

/**
 * Matches wherever any voice pattern matches (the case-sensitive ones included, as the whole is case-insensitive), so
 * one test clears the common text that holds no authoring note; made from the patterns so it cannot fall behind.
 */
const anyVoice = new RegExp(patterns.map((voice) => `(?:${voice.pattern.source})`).join('|'), 'i');

/** Keys whose values are ids, enums, URLs or addresses: machine fields that no reader takes for prose. */
const MACHINE_KEYS = new Set([
  'id',
  'url',
  'website',
  'location',
  'policy',
  'encryption',
  'email',
  'baseUrl',
  'owner',
  'kind',
  'visibility',
  'status',
  'type',
  'change',
  'framework',
  'inheritedFrom',
  'taxonomy',
  'requires',
  'frameworks',
  'languages',
  'language',
  'prevailing',
  'translates',
  'method',
  'numbering',
  'evidence',
  'satisfies',
  'group',
  'parent',
  'locations',
  'transferMechanisms',
  'role',
  'version',
  'reviewEvery',
  'aliases',
]);

export const publicVoice: Rule = {
  id: 'public-voice',
  severity: 'warning',
  description:
    'public text (answers given to customers included) carries no authoring notes: "the source", "see url", file names, TODO, repository or licence notes',
  check(model, report) {
    const entries: Entry<unknown>[] = [
      ...model.frameworks,
      ...model.certifications,
      ...model.subprocessors,
      ...model.documents,
      ...(model.organisation ? [model.organisation] : []),
      ...(model.processing ? [model.processing] : []),
      // Only public evidence has public text: the titles of the rest are never shown.
      ...model.evidence.filter((entry) => entry.data.visibility === 'public'),
    ];
    for (const entry of entries) checkFields(entry, report);
    const published = new Set<string>();
    for (const measure of model.measures) {
      const m = measure.data;
      if (m.visibility !== 'public' || m.status === 'retired') continue;
      published.add(measure.file);
      checkString(measure, ['title'], m.title, report);
      checkBody(measure.file, measure.body, report);
    }
    // Translations of published measures are published too.
    for (const translation of model.translations) {
      if (!published.has(translation.sourceFile)) continue;
      checkString(translation, ['title'], translation.data.title, report);
      checkBody(translation.file, translation.body, report);
    }
    // Answers go to customers: public ones on the site, customer ones in the spreadsheets sent under NDA. Internal
    // answers are notes for staff and may keep theirs.
    const given = new Set<string>();
    for (const answer of model.answers) {
      if (answer.data.visibility === 'internal') continue;
      given.add(answer.file);
      checkAnswerText(answer, report);
    }
    for (const translation of model.answerTranslations) {
      if (given.has(translation.sourceFile)) checkAnswerText(translation, report);
    }
  },
};

interface Hit {
  message: string;
  hint: string;
  /** Where in the text the phrase starts. */
  index: number;
}

function checkText(text: string, found: (hit: Hit) => void, options: { licence?: boolean } = {}): void {
  if (!anyVoice.test(text)) return;
  for (const voice of patterns) {
    if (voice.id === 'licence' && options.licence === false) continue;
    voice.pattern.lastIndex = 0;
    for (const match of text.matchAll(voice.pattern)) {
      const index = (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
      found({ message: `"${match[0].trim()}" ${voice.why}: public text is read by customers`, hint: voice.hint, index });
    }
  }
}

/** The question and explanation of an answer (or of its translation): the words a customer reads. */
function checkAnswerText(entry: Entry<{ question: string; explanation: string }>, report: Reporter): void {
  for (const field of ['question', 'explanation'] as const) checkString(entry, [field], entry.data[field], report);
}

/** Checks the string `value` at `path` of `entry`, reporting each hit at the word itself (see Where.within). */
function checkString(
  entry: Entry<unknown>,
  path: PropertyKey[],
  value: string,
  report: Reporter,
  options: { licence?: boolean } = {},
): void {
  checkText(value, (hit) => report({ entry, path, within: { value, index: hit.index } }, hit.message, hit.hint), options);
}

function checkFields(entry: Entry<unknown>, report: Reporter): void {
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (isUnknown(value)) return;
    const key = path.at(-1);
    if (typeof key === 'string' && MACHINE_KEYS.has(key)) return;
    if (typeof value === 'string') {
      checkString(entry, path, value, report, { licence: key !== 'notice' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, [...path, name]);
    }
  };
  visit(entry.data, []);
}

/**
 * A body as written, with component tags (their props are notes such as an acknowledgement's reason), code and link
 * destinations blanked out to the same length, so a match's offset is still its place in the file.
 */
function checkBody(file: string, body: MeasureBody, report: Reporter): void {
  const masked = body.source.replace(/<[A-Za-z][^>]*>|<\/[A-Za-z][^>]*>|`[^`\n]*`|\]\([^)\n]*\)|<https?:[^>\s]*>/g, (match) =>
    match.replace(/[^\n]/g, ' '),
  );
  if (!anyVoice.test(masked)) return;
  const lines = masked.split('\n');
  lines.forEach((line, index) => {
    for (const voice of patterns) {
      voice.pattern.lastIndex = 0;
      for (const match of line.matchAll(voice.pattern)) {
        const position: Position = { line: body.line + index, column: (match.index ?? 0) + 1 };
        report({ file, position }, `"${match[0].trim()}" ${voice.why}: public text is read by customers`, voice.hint);
      }
    }
  });
}
