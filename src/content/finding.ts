/**
 * One problem in the content, located in the file the author edits. Every check in the project reports through
 * this shape, so the text, JSON and GitHub outputs never disagree about what was found.
 */
export interface Finding {
  /** Path relative to the project root, with forward slashes, such as "content/measures/x/enc-01.mdx". */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** Stable rule id, such as "unknown-evidence". */
  rule: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Orders findings by file, line, column and rule so that output is stable from run to run. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
