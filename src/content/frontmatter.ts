/**
 * Splits an MDX file into its YAML frontmatter and body by hand-checked rules (the file must open with a `---`
 * line and close it with another), keeping the line numbers of both parts so that findings point into the file.
 */
export interface SplitFile {
  /** YAML text between the fences, or undefined when the file has no frontmatter. */
  frontmatter?: string;
  /** File line of the first frontmatter line (2 when present). */
  frontmatterLine: number;
  /** The body below the closing fence. */
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
  /** A problem with the fences themselves. */
  error?: { line: number; message: string };
}

export function splitFrontmatter(source: string): SplitFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return {
      frontmatterLine: 1,
      body: text,
      bodyLine: 1,
      error: { line: 1, message: 'the file must start with a "---" line that opens the frontmatter' },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) {
    return {
      frontmatterLine: 2,
      body: '',
      bodyLine: lines.length + 1,
      error: { line: 1, message: 'the frontmatter opened on line 1 is never closed with a "---" line' },
    };
  }
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
