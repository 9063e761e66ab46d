import { checkBodyText } from './body-limits.ts';
import { quickReading, type QuickReading } from './body-scan.ts';
import type { MeasureBody } from './entry.ts';
import { parseBody, type ParsedBody } from './markdown.ts';

/**
 * A measure body whose quick reading and parse are computed on first use and kept. Without `shortcuts` it never
 * reads quickly and always takes the full parse: the reference the shortcuts are tested against.
 */
export function measureBody(source: string, line: number, options: { shortcuts?: boolean } = {}): MeasureBody {
  const shortcuts = options.shortcuts ?? true;
  let parsed: ParsedBody | undefined;
  let quick: { reading: QuickReading | undefined } | undefined;
  return {
    source,
    line,
    quick: () => (quick ??= { reading: shortcuts ? quickReading(source, line, checkBodyText(source, line)) : undefined }).reading,
    parse: () => (parsed ??= parseBody(source, line, { shortcuts })),
  };
}
