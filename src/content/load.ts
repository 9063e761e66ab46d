import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Finding } from './finding.ts';
import { describeIssues } from '../schema/error-map.ts';
import { collections, singletons, type CollectionName } from '../schema/index.ts';
import type { Entry, LoadedContent, MeasureEntry, RejectedItem } from './entry.ts';
import { decodeText, unsafeCharacters, unsafeValueCharacters } from './file-text.ts';
import { listEntries } from './files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { measureBody } from './measure-body.ts';
import { parseYaml, type YamlSource } from './position.ts';

/**
 * Loaded files by kind, path and exact text, shared between loads of two versions of the same content (the two
 * sides of a diff): a file that did not change is parsed and checked once. Entries are never modified after
 * loading, so sharing them is safe.
 */
export type LoadMemo = Map<string, { entry?: unknown; rejected?: RejectedItem; findings: Finding[] }>;

export interface LoadOptions {
  /** Project root (absolute): finding paths are relative to it. */
  root: string;
  /** Content folder, relative to the root or absolute. */
  contentDir: string;
  /** Share parsed files with another load (see LoadMemo). */
  memo?: LoadMemo;
}

export interface LoadResult {
  content: LoadedContent;
  /** Problems that stop a file from loading: syntax, schema, missing or stray files. */
  findings: Finding[];
}

const YAML_EXTENSIONS = /\.ya?ml$/;

/**
 * Reads every content file, parses YAML with positions, splits MDX frontmatter, and checks each item against its
 * schema. The one loader of the project: the validator, the site, the PDF builder and the diff all start here.
 * Items that fail their schema are reported and left out, so later checks see only well-formed data.
 */
export function loadContent(options: LoadOptions): LoadResult {
  const root = resolve(options.root);
  const contentDir = options.contentDir.replace(/\/+$/, '');
  const findings: Finding[] = [];
  const content: LoadedContent = {
    root,
    contentDir,
    frameworks: [],
    measures: [],
    evidence: [],
    certifications: [],
    subprocessors: [],
    documents: [],
    answers: [],
    rejected: [],
  };
  const absoluteContent = resolve(root, contentDir);
  const { files, special } = listEntries(absoluteContent);
  const claimed = new Set<string>();
  for (const entry of special) findings.push(notAFile(`${contentDir}/${entry.path}`, entry.kind));
  const read = (relative: string, file: string) => {
    const { text, finding } = decodeText(file, readFileSync(join(absoluteContent, relative)));
    if (finding) findings.push(finding);
    return text;
  };

  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    for (const relative of files) {
      if (!relative.startsWith(`${spec.dir}/`)) continue;
      claimed.add(relative);
      const file = `${contentDir}/${relative}`;
      const wanted = spec.format === 'mdx' ? /\.mdx$/ : YAML_EXTENSIONS;
      if (!wanted.test(relative)) {
        findings.push(stray(file, `content/${spec.dir} holds ${spec.format === 'mdx' ? '.mdx' : '.yaml'} files; this file is not read`));
        continue;
      }
      const text = read(relative, file);
      const loaded = memoised(options.memo, `${name}\0${file}\0${text}`, (fileFindings, rejected) =>
        spec.format === 'mdx'
          ? loadMeasure(file, text, spec.schema, fileFindings, rejected)
          : loadYamlEntry(file, text, spec.schema as z.ZodType, fileFindings, rejected, name),
      );
      findings.push(...loaded.findings);
      if (loaded.rejected) content.rejected.push(loaded.rejected);
      if (loaded.entry) (content[name] as Entry<unknown>[]).push(loaded.entry as Entry<unknown>);
    }
  }

  for (const [name, spec] of Object.entries(singletons)) {
    claimed.add(spec.file);
    if (!files.includes(spec.file)) {
      if (spec.required && !special.some((entry) => entry.path === spec.file)) {
        findings.push({
          file: `${contentDir}/${spec.file}`,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'missing-file',
          message: `${contentDir}/${spec.file} is missing`,
          hint: `create it; its fields are described in src/schema/${name}.ts`,
        });
      }
      continue;
    }
    const text = read(spec.file, `${contentDir}/${spec.file}`);
    const entry = loadYamlEntry(`${contentDir}/${spec.file}`, text, spec.schema as z.ZodType, findings, content.rejected, name);
    if (entry) (content as unknown as Record<string, unknown>)[name] = entry;
  }

  for (const relative of files) {
    if (!claimed.has(relative)) {
      findings.push(stray(`${contentDir}/${relative}`, 'this file is in no content folder and is not read'));
    }
  }
  return { content, findings };
}

/** Loads one file, or takes it from the memo when the same file with the same text was loaded before. */
function memoised(
  memo: LoadMemo | undefined,
  key: string,
  load: (findings: Finding[], rejected: RejectedItem[]) => unknown,
): { entry?: unknown; rejected?: RejectedItem; findings: Finding[] } {
  const known = memo?.get(key);
  if (known) return known;
  const findings: Finding[] = [];
  const rejected: RejectedItem[] = [];
  const entry = load(findings, rejected);
  const result = { ...(entry ? { entry } : {}), ...(rejected[0] ? { rejected: rejected[0] } : {}), findings };
  memo?.set(key, result);
  return result;
}

function notAFile(file: string, kind: string): Finding {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'file-type',
    message: `${file} is ${kind}, not a file: it is not read`,
    hint: 'put the file itself here: content is read only from regular files, so that what is reviewed is what is built',
  };
}

function stray(file: string, message: string): Finding {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'stray-file',
    message,
    hint: 'move it to the folder of its kind (frameworks, measures/<category>, evidence, certifications, subprocessors, documents, answers) or delete it',
  };
}

function loadYamlEntry<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  findings: Finding[],
  rejected: RejectedItem[],
  kind: string,
): Entry<T> | undefined {
  const source = parseYaml(text);
  checkCharacters(file, text, source, false, findings);
  const entry = checkSchema(file, source, schema, findings);
  if (!entry) rejected.push({ kind, file, id: rawId(source.value), raw: source.value, at: source.locate });
  return entry;
}

function rawId(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function loadMeasure(
  file: string,
  text: string,
  schema: z.ZodType,
  findings: Finding[],
  rejected: RejectedItem[],
): MeasureEntry | undefined {
  const split = splitFrontmatter(text);
  if (split.error || split.frontmatter === undefined) {
    checkCharacters(file, text, undefined, true, findings);
    findings.push({
      file,
      line: split.error?.line ?? 1,
      column: 1,
      severity: 'error',
      rule: 'frontmatter',
      message: split.error?.message ?? 'the file has no frontmatter',
      hint: 'start the file with "---", the YAML fields, and a closing "---" line; the body follows',
    });
    rejected.push({ kind: 'measures', file, body: measureBody(split.body, split.bodyLine) });
    return undefined;
  }
  const source = parseYaml(split.frontmatter, split.frontmatterLine);
  checkCharacters(file, text, source, true, findings);
  const entry = checkSchema(file, source, schema, findings);
  const body = measureBody(split.body, split.bodyLine);
  if (!entry) {
    rejected.push({ kind: 'measures', file, id: rawId(source.value), body, raw: source.value, at: source.locate });
    return undefined;
  }
  return { ...(entry as Entry<z.output<typeof collections.measures.schema>>), body };
}

/** Refused characters in the file's text and, through YAML escapes, in its values (see file-text.ts). */
function checkCharacters(file: string, text: string, yaml: YamlSource | undefined, markdown: boolean, findings: Finding[]): void {
  const written = unsafeCharacters(file, text, markdown);
  findings.push(...written);
  // Escapes live in double-quoted YAML strings only; most files have no backslash at all.
  if (yaml && text.includes('\\')) {
    findings.push(...unsafeValueCharacters(file, yaml.value, yaml.locate, new Set(written.map((finding) => finding.line))));
  }
}

function checkSchema<T>(file: string, source: YamlSource, schema: z.ZodType<T>, findings: Finding[]): Entry<T> | undefined {
  if (source.errors.length > 0) {
    for (const error of source.errors) {
      findings.push({
        file,
        line: error.position.line,
        column: error.position.column,
        severity: 'error',
        rule: 'yaml-syntax',
        message: error.message,
        hint: 'fix the YAML syntax: check indentation, a missing ":" or an unclosed quote or bracket',
      });
    }
    return undefined;
  }
  const result = schema.safeParse(source.value ?? {});
  if (!result.success) {
    for (const problem of describeIssues(result.error.issues, source.value, schema)) {
      const position = source.locate(problem.path);
      findings.push({ file, ...position, severity: 'error', rule: 'schema', message: problem.message, hint: problem.hint });
    }
    return undefined;
  }
  return { file, data: result.data, at: (path) => source.locate(path) };
}
