import type { LoadedContent } from '../content/entry.ts';

/** A scaffold that cannot be made as asked (unknown category, a file in the way): the message says what to change. */
export class ScaffoldError extends Error {}

/** Required values are missing and nobody can be asked (stdin is not a terminal): a usage mistake. */
export class MissingValuesError extends ScaffoldError {}

/** What a scaffold reads: the loaded content and every file under the content folder (root-relative paths). */
export interface ScaffoldContext {
  content: LoadedContent;
  files: ReadonlySet<string>;
}

/** What a scaffold produces: the file to create and what to tell the author. */
export interface Scaffold {
  /** Path relative to the project root. */
  file: string;
  text: string;
  /** The id the new item got. */
  id: string;
  /** Choices made for the author ("owner: platform-team, the most common in this folder"). */
  notes: string[];
  /** What validation will report until the author fills the gaps, and what to do next. */
  next: string[];
}

/** A file name in `folder` that does not exist yet: "name.ext", else "name-2.ext". */
export function uniqueFile(context: ScaffoldContext, folder: string, name: string, extension: string): string {
  for (let n = 1; ; n++) {
    const file = `${folder}${name}${n === 1 ? '' : `-${n}`}${extension}`;
    if (!context.files.has(file)) return file;
  }
}
