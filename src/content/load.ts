import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Finding } from './finding.ts';
import { describeIssues } from '../schema/error-map.ts';
import { collections, singletons, type CollectionName } from '../schema/index.ts';
import { answerTranslationSchema, measureTranslationSchema } from '../schema/translation.ts';
import type { DerivedValues, LoadedContent, RejectedItem } from './entry.ts';
import { decodeText, unsafeCharacters, unsafeValueCharacters, yamlReadableText } from './file-text.ts';
import { listEntries } from './files.ts';
import { splitFrontmatter, type SplitFile } from './frontmatter.ts';
import type { QuickReading } from './body-scan.ts';
import { measureBody, readQuickly } from './measure-body.ts';
import { parseYaml, yamlLocator, type YamlSource } from './position.ts';
import type { Prefetched } from './prefetch.ts';

/**
 * Loaded files by kind, path and exact text, shared between loads of two versions of the same content (the two
 * sides of a diff): a file that did not change is parsed and checked once. Entries are never modified after
 * loading, so sharing them is safe.
 */
export type LoadMemo = Map<string, Loaded>;

/** One file loaded: the item it holds (or the refused item) and what is wrong with it. */
interface Loaded {
  entry?: unknown;
  rejected?: RejectedItem;
  findings: Finding[];
}

/**
 * What loading one file comes to, as plain data: the checked item, or what is left of a refused one, and the
 * findings. Everything else an entry holds (the way to a field's line, the lazily parsed body) is made again from
 * the file's text, on a fresh load and on a cached one alike, so a cached file behaves as a freshly read one.
 */
export interface FileLoad {
  /** The item as its schema returned it. */
  data?: unknown;
  /** Present when the schema refused the item: the id and the YAML as written, for checks that still read them. */
  rejected?: { id?: string; raw?: unknown };
  /** The file could not be split into frontmatter and body: a refused item without fields. */
  unsplit?: boolean;
  /**
   * An MDX body's quick reading (src/content/body-scan.ts), made while loading so the cache keeps it: a body that
   * did not change is not scanned again. Null when only the parser can tell what the body holds.
   */
  reading?: QuickReading | null;
  findings: Finding[];
}

/**
 * Loaded files kept between runs (src/content/load-cache.ts), by kind, path and exact text. Only plain data is
 * stored; a file whose text changed in any way misses and is loaded afresh.
 */
export interface LoadCache {
  get(key: string): FileLoad | undefined;
  set(key: string, load: FileLoad): void;
  /** Values worked out from several files (such as a measure's text hash), kept with the files. */
  derived: DerivedValues;
}

export interface LoadOptions {
  /** Project root (absolute): finding paths are relative to it. */
  root: string;
  /** Content folder, relative to the root or absolute. */
  contentDir: string;
  /** Share parsed files with another load (see LoadMemo). */
  memo?: LoadMemo;
  /** Take unchanged files from an earlier run (see LoadCache). */
  cache?: LoadCache;
  /** Files already read (src/content/prefetch.ts); any file missing from it is read here. */
  prefetched?: Prefetched;
}

export interface LoadResult {
  content: LoadedContent;
  /** Problems that stop a file from loading: syntax, schema, missing or stray files. */
  findings: Finding[];
}

const YAML_EXTENSIONS = /\.ya?ml$/;

/** `<name>.<language>.mdx`: a measure's text in another language, such as `tls-in-transit.de.mdx`. */
export const TRANSLATION_FILE = /^(.*)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.mdx$/;

/** `<name>.<language>.yaml` in content/answers: an answer in another language, such as `backups.de.yaml`. */
export const ANSWER_TRANSLATION_FILE = /^(.*)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.(ya?ml)$/;

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
    translations: [],
    evidence: [],
    certifications: [],
    subprocessors: [],
    documents: [],
    answers: [],
    answerTranslations: [],
    rejected: [],
    ...(options.cache ? { derived: options.cache.derived } : {}),
  };
  const absoluteContent = resolve(root, contentDir);
  const { files, special } = listEntries(absoluteContent);
  const claimed = new Set<string>();
  for (const entry of special) findings.push(notAFile(`${contentDir}/${entry.path}`, entry.kind));
  const ahead = options.prefetched?.dir === absoluteContent ? options.prefetched.files : undefined;
  const read = (relative: string, file: string) => {
    const early = ahead?.get(relative);
    const bytes = early ? Buffer.from(early.buffer, early.byteOffset, early.byteLength) : readFileSync(join(absoluteContent, relative));
    const { text, finding } = decodeText(file, bytes);
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
      const translation = spec.format === 'mdx' ? TRANSLATION_FILE.exec(file) : null;
      const answerTranslation = name === 'answers' ? ANSWER_TRANSLATION_FILE.exec(file) : null;
      const kind: FileKind = translation ? 'translations' : answerTranslation ? 'answerTranslations' : name;
      const schema = translation ? measureTranslationSchema : answerTranslation ? answerTranslationSchema : (spec.schema as z.ZodType);
      const loaded = loadFile(options, kind, file, text, schema, spec.format);
      append(findings, loaded.findings);
      if (loaded.rejected) content.rejected.push(loaded.rejected);
      if (loaded.entry) (content[kind] as unknown[]).push(loaded.entry);
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
    const file = `${contentDir}/${spec.file}`;
    const text = read(spec.file, file);
    const loaded = loadFile(options, name, file, text, spec.schema as z.ZodType, 'yaml');
    append(findings, loaded.findings);
    if (loaded.rejected) content.rejected.push(loaded.rejected);
    if (loaded.entry) (content as unknown as Record<string, unknown>)[name] = loaded.entry;
  }

  for (const relative of files) {
    if (!claimed.has(relative)) {
      findings.push(stray(`${contentDir}/${relative}`, 'this file is in no content folder and is not read'));
    }
  }
  return { content, findings };
}

type FileKind = CollectionName | 'translations' | 'answerTranslations';

/**
 * Loads one content file: from the memo when this run (the other side of a diff) loaded the same text, else from
 * the cache when an earlier run did, else by reading it. The three give the same result.
 */
function loadFile(options: LoadOptions, kind: string, file: string, text: string, schema: z.ZodType, format: 'mdx' | 'yaml'): Loaded {
  const key = `${kind}\0${file}\0${text}`;
  const known = options.memo?.get(key);
  if (known) return known;
  let load = options.cache?.get(key);
  let split: SplitFile | undefined;
  if (!load) {
    if (format === 'mdx') {
      split = splitFrontmatter(text);
      load = mdxLoad(file, text, split, schema, kind === 'measures');
    } else load = yamlLoad(file, text, schema);
    options.cache?.set(key, load);
  }
  const loaded = withText(kind, file, text, load, format === 'mdx' ? (split ?? splitFrontmatter(text)) : undefined);
  options.memo?.set(key, loaded);
  return loaded;
}

/**
 * Gives a loaded file back what plain data cannot hold, made from its text: the way to a field's line and, for
 * MDX, the lazily parsed body; and the language and source a translation's file name says.
 */
function withText(kind: string, file: string, text: string, load: FileLoad, split?: SplitFile): Loaded {
  const located = split ? split.frontmatter !== undefined && !split.error : true;
  const at = located ? yamlLocator(split ? split.frontmatter! : text, split ? split.frontmatterLine : 1).locate : undefined;
  const reading = load.reading === undefined ? undefined : { reading: load.reading ?? undefined };
  const body = split ? measureBody(split.body, split.bodyLine, reading ? { reading } : {}) : undefined;
  const loaded: Loaded = { findings: load.findings };
  if (load.data !== undefined) {
    loaded.entry = { file, data: load.data, at: at!, ...(body ? { body } : {}), ...translationOf(kind, file) };
  } else if (load.unsplit) {
    loaded.rejected = { kind, file, ...(body ? { body } : {}) };
  } else if (load.rejected) {
    const id = load.rejected.id;
    loaded.rejected = { kind, file, ...(id !== undefined ? { id } : {}), ...(body ? { body } : {}), raw: load.rejected.raw, at: at! };
  }
  return loaded;
}

/** A translation's language and the file it translates, from its name (`tls.de.mdx`, `backups.de.yaml`). */
function translationOf(kind: string, file: string): { language?: string; sourceFile?: string } {
  if (kind === 'translations') {
    const [, name, language] = TRANSLATION_FILE.exec(file)!;
    return { language: language!, sourceFile: `${name}.mdx` };
  }
  if (kind === 'answerTranslations') {
    const [, name, language, extension] = ANSWER_TRANSLATION_FILE.exec(file)!;
    return { language: language!, sourceFile: `${name}.${extension}` };
  }
  return {};
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

function yamlLoad(file: string, text: string, schema: z.ZodType): FileLoad {
  const findings: Finding[] = [];
  const source = parseYaml(yamlReadableText(text));
  checkCharacters(file, text, source, false, findings);
  const data = checkSchema(file, source, schema, findings);
  return data !== undefined ? { data, findings } : { rejected: refused(source.value, true), findings };
}

/** What is kept of a refused item: the YAML as written and, when asked for and written as a string, its id. */
function refused(raw: unknown, withId: boolean): NonNullable<FileLoad['rejected']> {
  const id = (raw as { id?: unknown } | undefined)?.id;
  return { ...(withId && typeof id === 'string' ? { id } : {}), ...(raw !== undefined ? { raw } : {}) };
}

/** A measure, or a measure's translation (`withId` false: its id is the measure's, given by the file name). */
function mdxLoad(file: string, text: string, split: SplitFile, schema: z.ZodType, withId: boolean): FileLoad {
  const findings: Finding[] = [];
  const reading = readQuickly(split.body, split.bodyLine) ?? null;
  if (split.error || split.frontmatter === undefined) {
    checkCharacters(file, text, undefined, true, findings);
    findings.push({
      file,
      line: split.error?.line ?? 1,
      column: 1,
      severity: 'error',
      rule: 'frontmatter',
      message: split.error?.message ?? 'the file has no frontmatter',
      hint: withId
        ? 'start the file with "---", the YAML fields, and a closing "---" line; the body follows'
        : 'start the file with "---", the title, translates and status fields, and a closing "---" line; the translated body follows',
    });
    return { unsplit: true, reading, findings };
  }
  const source = parseYaml(yamlReadableText(split.frontmatter), split.frontmatterLine);
  checkCharacters(file, text, source, true, findings);
  const data = checkSchema(file, source, schema, findings);
  if (data !== undefined) return { data, reading, findings };
  return { rejected: refused(source.value, withId), reading, findings };
}

/**
 * Adds `more` to `findings` one by one: `push(...more)` passes every finding as an argument, and a file with a
 * hundred thousand findings (a key or a refused character on each of its lines) overflows the stack.
 */
function append(findings: Finding[], more: readonly Finding[]): void {
  for (const finding of more) findings.push(finding);
}

/** Refused characters in the file's text and, through YAML escapes, in its values (see file-text.ts). */
function checkCharacters(file: string, text: string, yaml: YamlSource | undefined, markdown: boolean, findings: Finding[]): void {
  const written = unsafeCharacters(file, text, markdown);
  append(findings, written);
  // Escapes live in double-quoted YAML strings only; most files have no backslash at all.
  if (yaml && text.includes('\\')) {
    append(findings, unsafeValueCharacters(file, yaml.value, yaml.locate, new Set(written.map((finding) => finding.line))));
  }
}

/** The item as the schema returns it, or undefined when the YAML or the schema refuse it (reported). */
function checkSchema(file: string, source: YamlSource, schema: z.ZodType, findings: Finding[]): unknown {
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
  return result.data;
}
