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
  // Walks the lines by offset, without splitting the whole file: a body can be long, and only the fences matter.
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') {
    return {
      frontmatterLine: 1,
      body: text,
      bodyLine: 1,
      error: { line: 1, message: 'the file must start with a "---" line that opens the frontmatter' },
    };
  }
  let line = 1;
  for (let start = firstEnd + 1; firstEnd < text.length;) {
    line++;
    const end = lineEnd(text, start);
    if (text.slice(start, end).trimEnd() === '---') {
      return {
        frontmatter: text.slice(firstEnd + 1, start - 1),
        frontmatterLine: 2,
        body: text.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return {
    frontmatterLine: 2,
    body: '',
    bodyLine: line + 1,
    error: { line: 1, message: 'the frontmatter opened on line 1 is never closed with a "---" line' },
  };
}

/** Offset of the newline ending the line that starts at `start`, or the text's length for the last line. */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}
