import type {
  Answer,
  AnswerTranslation,
  Certification,
  DocumentSpec,
  Evidence,
  Framework,
  LintConfig,
  Measure,
  MeasureTranslation,
  Organisation,
  Processing,
  ReleaseLock,
  Subprocessor,
} from '../schema/index.ts';
import type { QuickReading } from './body-scan.ts';
import type { ParsedBody } from './markdown.ts';
import type { Position, WithinValue } from './position.ts';

/** A validated content item with the file it came from and a way to point at any of its fields. */
export interface Entry<T> {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  /**
   * Where the field at `path` was written (its nearest written ancestor if it was not); with `within`, where that
   * character of the field's string value is, when the written form tells it exactly (else the field).
   */
  at(path?: readonly PropertyKey[], within?: WithinValue): Position;
}

/**
 * A measure's MDX body. Parsing is lazy and memoised: validation skips it for bodies the quick reading accounts for
 * (see body-scan.ts), and both give the same answers.
 */
export interface MeasureBody {
  /** The body text exactly as written below the frontmatter. */
  source: string;
  /** File line the body starts on. */
  line: number;
  /** What the body holds when a quick reading can prove it without the parser; undefined when only the parse can tell. */
  quick(): QuickReading | undefined;
  parse(): ParsedBody;
}

export interface MeasureEntry extends Entry<Measure> {
  body: MeasureBody;
}

/** A measure's text in another language: `<name>.<lang>.mdx` beside the measure's `<name>.mdx`. */
export interface TranslationEntry extends Entry<MeasureTranslation> {
  /** The language tag from the file name, such as "de". */
  language: string;
  /** The file of the measure it translates (which may not exist: the translation-orphan rule reports that). */
  sourceFile: string;
  body: MeasureBody;
}

/** A questionnaire answer in another language: `<name>.<lang>.yaml` beside the answer's `<name>.yaml`. */
export interface AnswerTranslationEntry extends Entry<AnswerTranslation> {
  /** The language tag from the file name, such as "de". */
  language: string;
  /** The file of the answer it translates (which may not exist: the translation-orphan rule reports that). */
  sourceFile: string;
}

/** Everything under content/ that passed its schema, grouped by kind, in file order. */
export interface LoadedContent {
  /** Absolute project root. */
  root: string;
  /** Content folder relative to the root, such as "content". */
  contentDir: string;
  frameworks: Entry<Framework>[];
  measures: MeasureEntry[];
  /** Measure texts in other languages, in file order. */
  translations: TranslationEntry[];
  evidence: Entry<Evidence>[];
  certifications: Entry<Certification>[];
  subprocessors: Entry<Subprocessor>[];
  documents: Entry<DocumentSpec>[];
  /** Questionnaire answers (content/answers/). */
  answers: Entry<Answer>[];
  /** Answers in other languages, in file order. */
  answerTranslations: AnswerTranslationEntry[];
  organisation?: Entry<Organisation>;
  processing?: Entry<Processing>;
  lint?: Entry<LintConfig>;
  /** releases.lock.yaml: the published bytes of every released PDF (written by release builds). */
  releases?: Entry<ReleaseLock>;
  /**
   * Items that failed their schema. Kept so that one mistake is reported once: references to a rejected item's id
   * are not reported again as unknown, and a rejected measure's body is still checked for unsafe content.
   */
  rejected: RejectedItem[];
  /** Values worked out from the content and kept between runs (validate's load cache); absent without a cache. */
  derived?: DerivedValues;
}

/**
 * Strings worked out from content, found by a key that names every input they depend on (see
 * src/content/measure-text.ts): a cache of results, never of decisions, so a missing value is simply worked out.
 */
export interface DerivedValues {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface RejectedItem {
  kind: string;
  file: string;
  /** The id as written, when the item had a string id. */
  id?: string;
  /** The body of a rejected measure. */
  body?: MeasureBody;
  /** The parsed YAML as written, so reference checks can still run on the fields that are well formed. */
  raw?: unknown;
  /** Where a field of the raw value was written. */
  at?(path?: readonly PropertyKey[]): Position;
}
