import { BODY_LIMITS, type TextCheck } from './body-limits.ts';
import { positionAt, type Position } from './position.ts';

/**
 * A quick, conservative reading of a body that proves, without the MDX parser, that it holds nothing but prose,
 * Markdown emphasis, lists, https/mailto links and self-closing allowed components with literal props, within the
 * body limits. For such a body the safe-content rules have nothing to find and the parse cannot fail, so validation
 * skips the parser (about a millisecond a body, plus 0.2 s to load it). Anything the reading does not fully account
 * for gets the real parse. test/content/fast-path.test.ts runs every rule both ways over a corpus of hostile bodies
 * and fails on any difference.
 */
export interface ScannedComponent {
  name: string;
  element: Position;
  props: Record<string, string>;
}

export interface QuickReading {
  /** The components the body uses, in order. */
  components: ScannedComponent[];
}

/**
 * Characters and line starts without which a body holds no JSX, expression, ESM, raw HTML, link, image or
 * footnote: only prose, emphasis, lists, headings, quotes, tables and code.
 */
const MARKUP = /[<{[\]]|^\s*(?:import|export)\b|:\/\/|mailto:|www\./im;

const LINK = /\[[^[\]<>{}`\n]*\]\((?:https:\/\/|http:\/\/|mailto:)[^\s()<>{}`]*\)/g;
/** On one line: a line break inside a tag would end a table row or a list item's line and change its meaning. */
const COMPONENT = /<(EvidenceRef|Acknowledge)((?: +[A-Za-z]+="[^"<>{}`\n]*")*) *\/>/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;
const NAMED_REFERENCE = /&(quot|amp|lt|gt|apos);/g;

/**
 * What the body holds when the quick reading can tell, or undefined when only the parser can: the body goes past
 * a limit, might nest deeper than the limit, or holds anything the reading does not account for.
 */
export function quickReading(source: string, firstLine: number, check: TextCheck): QuickReading | undefined {
  if (check.problems.length > 0 || check.simpleDepthBound > BODY_LIMITS.depth) return undefined;
  if (!MARKUP.test(source)) return { components: [] };
  // Code spans and fences hide components, escapes and tabs change what and where they are, images need the parser.
  if (/[`\\\t]|!\[|~~~|^\s*(?:import|export)\b/m.test(source)) return undefined;
  const components: { name: string; offset: number; props: Record<string, string> }[] = [];
  let unknownReference = false;
  const rest = source
    .replace(COMPONENT, (match, name: string, attributes: string, offset: number) => {
      const props: Record<string, string> = {};
      for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
        if (value!.replace(NAMED_REFERENCE, '').includes('&')) unknownReference = true;
        props[key!] = decode(value!);
      }
      components.push({ name, offset, props });
      return ' '.repeat(match.length);
    })
    .replace(LINK, (match) => ' '.repeat(match.length));
  if (unknownReference || /[<>{}[\]]/.test(rest)) return undefined;
  return {
    components: components.map(({ name, offset, props }) => ({ name, props, element: positionAt(source, offset, firstLine) })),
  };
}

/** MDX attribute strings decode character references; the reading takes only the common named ones. */
function decode(value: string): string {
  return value.replace(NAMED_REFERENCE, (_, entity: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[entity] ?? '');
}
