import { checkBodyText } from './body-limits.ts';
import { quickReading, type QuickReading } from './body-scan.ts';
import type { MeasureBody } from './entry.ts';
import { parseBody, type ParsedBody } from './markdown.ts';

/**
 * A measure body whose quick reading and parse are computed on first use and kept. Without `shortcuts` it never
 * reads quickly and always takes the full parse: the reference the shortcuts are tested against.
 */
export function measureBody(
  source: string,
  line: number,
  options: { shortcuts?: boolean; reading?: { reading: QuickReading | undefined } } = {},
): MeasureBody {
  const shortcuts = options.shortcuts ?? true;
  let parsed: ParsedBody | undefined;
  // A reading made earlier (kept by the load cache) is the same function of the same text: taken as it is.
  let quick = shortcuts ? options.reading : undefined;
  return {
    source,
    line,
    quick: () => (quick ??= { reading: shortcuts ? readQuickly(source, line) : undefined }).reading,
    parse: () => (parsed ??= parseBody(source, line, { shortcuts })),
  };
}

/** The quick reading of a body (see body-scan.ts): what it holds, or undefined when only the parser can tell. */
export function readQuickly(source: string, line: number): QuickReading | undefined {
  return quickReading(source, line, checkBodyText(source, line));
}
