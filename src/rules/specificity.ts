import type { MeasureEntry } from '../content/entry.ts';
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
    // The content's language decides which phrases apply and how sentences end ("z. B." ends none in German).
    const language = primaryLanguage(model.organisation?.data.site.languages[0] ?? 'en');
    const phrases = compile(
      (model.lint?.data.specificity ?? []).filter((phrase) => !phrase.language || primaryLanguage(phrase.language) === language),
    );
    if (phrases.length === 0) return;
    for (const measure of model.measures) {
      // Retired measures are history; a draft's placeholder text is reported once, by measure-draft.
      if (measure.data.status === 'retired' || measure.data.status === 'draft') continue;
      const acknowledged = acknowledgements(measure);
      for (const hit of findPhrases(measure, phrases, language)) {
        if (acknowledged.has(hit.phrase.id)) {
          acknowledged.get(hit.phrase.id)!.used = true;
          continue;
        }
        report(
          { file: measure.file, position: hit.position },
          `"${hit.text}": ${hit.phrase.message}`,
          `${hit.phrase.hint} (or accept it: <Acknowledge phrase="${hit.phrase.id}" reason="..." />)`,
        );
      }
      for (const [id, ack] of acknowledged) {
        if (!ack.used && phrases.some((compiled) => compiled.phrase.id === id)) {
          report(
            { file: measure.file, position: ack.position },
            `<Acknowledge phrase="${id}"> no longer matches anything in ${measure.data.id}`,
            'delete the acknowledgement: the wording it excused is gone',
          );
        }
      }
    }
    // Answers repeat the measures to buyers: the same vague phrase is as unverifiable in an answer as in Annex II.
    for (const entry of model.answers) {
      const accepted = new Set(Object.keys(entry.data.acknowledge));
      const used = new Set<string>();
      for (const hit of phraseHits(entry.data.explanation, phrases, language)) {
        if (accepted.has(hit.phrase.id)) {
          used.add(hit.phrase.id);
          continue;
        }
        report(
          { entry, path: ['explanation'] },
          `"${hit.text}": ${hit.phrase.message}`,
          `${hit.phrase.hint} (or accept it: acknowledge: { ${hit.phrase.id}: "why" })`,
        );
      }
      for (const id of accepted) {
        if (!used.has(id) && phrases.some((compiled) => compiled.phrase.id === id)) {
          report(
            { entry, path: ['acknowledge', id] },
            `acknowledge.${id} no longer matches anything in answer ${entry.data.id}`,
            'delete the acknowledgement: the wording it excused is gone',
          );
        }
      }
    }
  },
};

interface Compiled {
  phrase: SpecificityPhrase;
  pattern: RegExp;
  /** A cheap superset of `pattern`: text it does not match cannot hold the phrase. */
  quick?: RegExp;
  unless?: RegExp;
}

function compile(phrases: readonly SpecificityPhrase[]): Compiled[] {
  return phrases.map((phrase) => ({
    phrase,
    pattern: new RegExp(unicodeBoundaries(phrase.pattern), 'giu'),
    ...quickTest(phrase.pattern),
    ...(phrase.unless ? { unless: new RegExp(unicodeBoundaries(phrase.unless), 'iu') } : {}),
  }));
}

function quickTest(pattern: string): { quick?: RegExp } {
  try {
    return { quick: new RegExp(looseSuperset(pattern), 'iu') };
  } catch {
    return {}; // a pattern the loosening cannot handle is simply tested in full
  }
}

function acknowledgements(measure: MeasureEntry): Map<string, { position: Position; used: boolean }> {
  const out = new Map<string, { position: Position; used: boolean }>();
  for (const use of componentElements(measure.body, 'Acknowledge')) {
    if (use.props.phrase && use.props.reason?.trim()) out.set(use.props.phrase, { position: use.element, used: false });
  }
  return out;
}

/**
 * Matches phrases against the body source with component tags and code spans blanked out (same length, so
 * offsets stay file offsets), each within the sentence it stands in.
 */
function findPhrases(
  measure: MeasureEntry,
  phrases: readonly Compiled[],
  language: string,
): { phrase: SpecificityPhrase; text: string; position: Position }[] {
  const source = measure.body.source;
  const masked = source.replace(/<[A-Za-z][^>]*>|<\/[A-Za-z][^>]*>|`[^`\n]*`/g, (match) => match.replace(/[^\n]/g, ' '));
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
    return { line: measure.body.line + low, column: offset - lineStarts[low]! + 1 };
  };
  return phraseHits(masked, phrases, language).map((hit) => ({ phrase: hit.phrase, text: hit.text, position: positionOf(hit.offset) }));
}

/** Every listed phrase in a text, in text order, skipping those whose sentence makes them specific (`unless`). */
function phraseHits(
  text: string,
  phrases: readonly Compiled[],
  language: string,
): { phrase: SpecificityPhrase; text: string; offset: number }[] {
  const hits: { phrase: SpecificityPhrase; text: string; offset: number }[] = [];
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
