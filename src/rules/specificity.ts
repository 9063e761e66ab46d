import type { MeasureBody } from '../content/entry.ts';
import type { Position } from '../content/position.ts';
import type { SpecificityPhrase } from '../schema/index.ts';
import { componentElements } from './body-walk.ts';
import type { Rule } from './rule.ts';
import { abbreviations, primaryLanguage } from './sentences.ts';
import { looseSuperset, unicodeBoundaries } from '../schema/regex.ts';

/**
 * The SCC explanatory note asks that measures be "described in specific (and not generic) terms". This rule
 * flags the phrases listed in content/lint.yaml. A measure can accept a finding with
 * `<Acknowledge phrase="id" reason="..." />`; an acknowledgement that no longer matches is reported as stale.
 */
export const specificity: Rule = {
  id: 'specificity',
  severity: 'warning',
  description:
    'measure bodies and answer explanations avoid vague phrases listed in content/lint.yaml (SCC: "specific (and not generic) terms")',
  check(model, report) {
    // A body's language decides which phrases apply and how sentences end ("z. B." ends none in German): the
    // content's language for a measure, the file's for a translation (`<name>.de.mdx`).
    const all = model.lint?.data.specificity ?? [];
    const byLanguage = new Map<string, Compiled[]>();
    const phrasesFor = (tag: string) => {
      const language = primaryLanguage(tag);
      let phrases = byLanguage.get(language);
      if (!phrases)
        byLanguage.set(
          language,
          (phrases = compile(all.filter((phrase) => !phrase.language || primaryLanguage(phrase.language) === language))),
        );
      return phrases;
    };
    if (all.length === 0) return;
    const measures = new Map(model.measures.map((measure) => [measure.file, measure]));
    const bodies = [
      ...model.measures.map((measure) => ({ measure, file: measure.file, body: measure.body, language: model.language })),
      ...model.translations.flatMap((translation) => {
        const measure = measures.get(translation.sourceFile);
        return measure ? [{ measure, file: translation.file, body: translation.body, language: translation.language }] : [];
      }),
    ];
    for (const { measure, file, body, language } of bodies) {
      // Retired measures are history; a draft's placeholder text is reported once, by measure-draft.
      if (measure.data.status === 'retired' || measure.data.status === 'draft') continue;
      const phrases = phrasesFor(language);
      if (phrases.length === 0) continue;
      const acknowledged = acknowledgements(body);
      for (const hit of findPhrases(body, phrases, primaryLanguage(language))) {
        if (acknowledged.has(hit.phrase.id)) {
          acknowledged.get(hit.phrase.id)!.used = true;
          continue;
        }
        report(
          { file, position: hit.position },
          `"${hit.text}": ${hit.phrase.message}`,
          `${hit.phrase.hint} (or accept it: <Acknowledge phrase="${hit.phrase.id}" reason="..." />)`,
        );
      }
      for (const [id, ack] of acknowledged) {
        if (!ack.used && phrases.some((compiled) => compiled.phrase.id === id)) {
          report(
            { file, position: ack.position },
            `<Acknowledge phrase="${id}"> no longer matches anything in ${measure.data.id}`,
            'delete the acknowledgement: the wording it excused is gone',
          );
        }
      }
    }
    // Answers repeat the measures to buyers: the same vague phrase is as unverifiable in an answer as in Annex II.
    // A translated answer is read in its own language; it shares the source's acknowledgements.
    const answersByFile = new Map(model.answers.map((entry) => [entry.file, entry]));
    const explanations = [
      ...model.answers.map((entry) => ({ entry, source: entry, explanation: entry.data.explanation, language: model.language })),
      ...model.answerTranslations.flatMap((translation) => {
        const source = answersByFile.get(translation.sourceFile);
        return source ? [{ entry: translation, source, explanation: translation.data.explanation, language: translation.language }] : [];
      }),
    ];
    for (const { entry, source, explanation, language: tag } of explanations) {
      const phrases = phrasesFor(tag);
      if (phrases.length === 0) continue;
      const language = primaryLanguage(tag);
      const accepted = new Set(Object.keys(source.data.acknowledge));
      const used = new Set<string>();
      for (const hit of phraseHits(explanation, phrases, language)) {
        if (accepted.has(hit.phrase.id)) {
          used.add(hit.phrase.id);
          continue;
        }
        report(
          { entry, path: ['explanation'], within: { value: explanation, index: hit.offset } },
          `"${hit.text}": ${hit.phrase.message}`,
          `${hit.phrase.hint} (or accept it${entry === source ? '' : ` in ${source.file}`}: acknowledge: { ${hit.phrase.id}: "why" })`,
        );
      }
      if (entry !== source) continue;
      for (const id of accepted) {
        if (!used.has(id) && phrases.some((compiled) => compiled.phrase.id === id)) {
          report(
            { entry: source, path: ['acknowledge', id] },
            `acknowledge.${id} no longer matches anything in answer ${source.data.id}`,
            'delete the acknowledgement: the wording it excused is gone',
          );
        }
      }
    }
  },
};

interface Compiled {
  readonly phrase: SpecificityPhrase;
  readonly pattern: RegExp;
  /** A cheap superset of `pattern`: text it does not match cannot hold the phrase. */
  readonly quick?: RegExp;
  readonly unless: RegExp | undefined;
}

function compile(phrases: readonly SpecificityPhrase[]): Compiled[] {
  return phrases.map((phrase) => {
    // The exact patterns are compiled on first use: a Unicode word boundary takes about a millisecond to compile,
    // and on most content most phrases never get past their quick test.
    let pattern: RegExp | undefined;
    let unless: RegExp | undefined;
    return {
      phrase,
      ...quickTest(phrase.pattern),
      get pattern() {
        return (pattern ??= new RegExp(unicodeBoundaries(phrase.pattern), 'giu'));
      },
      get unless() {
        return phrase.unless ? (unless ??= new RegExp(unicodeBoundaries(phrase.unless), 'iu')) : undefined;
      },
    };
  });
}

const anyCache = new WeakMap<readonly Compiled[], RegExp | null>();

/**
 * One pattern that matches wherever any phrase's quick test does, so that a text with no candidate at all (most
 * texts) costs one test instead of one per phrase. Only made when every phrase has a quick test and none refers back
 * to a group by number or name: joined into one pattern, such a reference would point at another group.
 */
function anyOf(phrases: readonly Compiled[]): RegExp | undefined {
  let any = anyCache.get(phrases);
  if (any === undefined) {
    const sources = phrases.map((compiled) => compiled.quick?.source);
    const joinable = sources.every((source) => source !== undefined && !/\\(?:[1-9]|k<)/.test(source));
    any = null;
    if (joinable && sources.length > 1) {
      try {
        any = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu');
      } catch {
        any = null; // tested phrase by phrase
      }
    }
    anyCache.set(phrases, any);
  }
  return any ?? undefined;
}

function quickTest(pattern: string): { quick?: RegExp } {
  try {
    return { quick: new RegExp(looseSuperset(pattern), 'iu') };
  } catch {
    return {}; // a pattern the loosening cannot handle is simply tested in full
  }
}

function acknowledgements(body: MeasureBody): Map<string, { position: Position; used: boolean }> {
  const out = new Map<string, { position: Position; used: boolean }>();
  for (const use of componentElements(body, 'Acknowledge')) {
    if (use.props.phrase && use.props.reason?.trim()) out.set(use.props.phrase, { position: use.element, used: false });
  }
  return out;
}

/**
 * Matches phrases against the body source with component tags and code spans blanked out (same length, so
 * offsets stay file offsets), each within the sentence it stands in.
 */
function findPhrases(
  body: MeasureBody,
  phrases: readonly Compiled[],
  language: string,
): { phrase: SpecificityPhrase; text: string; position: Position }[] {
  const source = body.source;
  const masked = source.replace(/<[A-Za-z][^>]*>|<\/[A-Za-z][^>]*>|`[^`\n]*`/g, (match) => match.replace(/[^\n]/g, ' '));
  const hits = phraseHits(masked, phrases, language);
  if (hits.length === 0) return [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const positionOf = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: body.line + low, column: offset - lineStarts[low]! + 1 };
  };
  return hits.map((hit) => ({ phrase: hit.phrase, text: hit.text, position: positionOf(hit.offset) }));
}

/** Every listed phrase in a text, in text order, skipping those whose sentence makes them specific (`unless`). */
function phraseHits(
  text: string,
  phrases: readonly Compiled[],
  language: string,
): { phrase: SpecificityPhrase; text: string; offset: number }[] {
  const hits: { phrase: SpecificityPhrase; text: string; offset: number }[] = [];
  if (anyOf(phrases)?.test(text) === false) return hits;
  for (const compiled of phrases) {
    if (compiled.quick && !compiled.quick.test(text)) continue;
    compiled.pattern.lastIndex = 0;
    for (const match of text.matchAll(compiled.pattern)) {
      const offset = match.index ?? 0;
      if (compiled.unless && compiled.unless.test(sentenceAround(text, offset, language))) continue;
      hits.push({ phrase: compiled.phrase, text: match[0].replace(/\s+/g, ' '), offset });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

const SENTENCE_END = /[.!?](?=["”’)“‘]?(?:\s|$))|\n\s*\n/gu;

/** The sentence containing `offset`: from the previous sentence end to the next one. */
export function sentenceAround(text: string, offset: number, language = 'en'): string {
  // Abbreviations end no sentence: their dots are masked (same length, so offsets stay put) before splitting.
  const masked = text.replace(abbreviations(language), (match) => match.replace(/\./g, '\u2024'));
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (const match of masked.matchAll(SENTENCE_END)) {
    const at = match.index ?? 0;
    if (at < offset) from = at + match[0].length;
    else {
      to = at + 1;
      break;
    }
  }
  return text.slice(from, to);
}
