import type { MeasureBody } from '../content/entry.ts';
import type { Position } from '../content/position.ts';

/**
 * A quick, conservative reading of a body that proves, without the MDX parser, that it holds nothing but prose,
 * Markdown emphasis, https/mailto links and self-closing allowed components with literal props. For such a body
 * the safe-content rules have nothing to find and the parse cannot fail, so validation skips the parser (about a
 * millisecond a body, plus 0.1 s to load it). Anything the scan does not fully account for gets the real parse.
 */
export interface ScannedComponent {
  name: string;
  element: Position;
  props: Record<string, string>;
}

const LINK = /\[[^[\]<>{}`\n]*\]\((?:https:\/\/|http:\/\/|mailto:)[^\s()<>{}`]*\)/g;
const COMPONENT = /<(EvidenceRef|Acknowledge)((?:\s+[A-Za-z]+="[^"<>{}`\n]*")*)\s*\/>/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** The components of a body that needs no parse, or undefined when only the parser can tell what it holds. */
export function scanSimpleBody(body: MeasureBody): ScannedComponent[] | undefined {
  const source = body.source;
  if (source.includes('![') || source.includes('`') || /^\s*(?:import|export)\b/m.test(source)) return undefined;
  const components: { name: string; offset: number; props: Record<string, string> }[] = [];
  const rest = source
    .replace(COMPONENT, (match, name: string, attributes: string, offset: number) => {
      const props: Record<string, string> = {};
      for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) props[key!] = decode(value!);
      components.push({ name, offset, props });
      return ' '.repeat(match.length);
    })
    .replace(LINK, (match) => ' '.repeat(match.length));
  if (/[<>{}[\]]/.test(rest)) return undefined;
  return components.map(({ name, offset, props }) => ({ name, props, element: positionAt(source, offset, body.line) }));
}

/** MDX attribute strings decode character references; the scan only meets the common named ones. */
function decode(value: string): string {
  return value.replace(
    /&(quot|amp|lt|gt|apos);/g,
    (_, entity: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[entity] ?? '',
  );
}

function positionAt(source: string, offset: number, firstLine: number): Position {
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
