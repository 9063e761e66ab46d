import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles } from '../content/files.ts';
import { loadContent } from '../content/load.ts';
import { DEFAULT_TAXONOMY } from '../content/model.ts';
import type { EvidenceKind } from '../schema/index.ts';
import { scaffoldAnswer } from './answer.ts';
import { scaffoldEvidence } from './evidence.ts';
import { kindOptions, type Kind } from './kinds.ts';
import { scaffoldMeasure } from './measure.ts';
import { MissingValuesError, ScaffoldError, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { scaffoldSubprocessor } from './subprocessor.ts';

/** What to create: the kind and the values given on the command line (option name -> value). */
export interface NewRequest {
  kind: Kind;
  values: Record<string, string | undefined>;
  /** Build the file but do not write it. */
  print: boolean;
}

/** Asks for the required values the command line left out; `describe` gives each its prompt. */
export type Ask = (missing: readonly string[], describe: (name: string) => string) => Promise<Record<string, string>>;

export interface NewContext {
  /** Project root (absolute). */
  root: string;
  /** Content folder, relative to the root or absolute. */
  contentDir: string;
  /** Today's date, YYYY-MM-DD: the default review or start date (authoring is a user action, so the clock's). */
  today: string;
  /** How to ask for missing values; without it, a missing value is an error (CI never waits on a prompt). */
  ask?: Ask;
}

/** The steps of `npm run new`: read the content, fill in missing values, build the file, write it. */
export async function runNew(request: NewRequest, options: NewContext): Promise<Scaffold> {
  const { kind } = request;
  const root = resolve(options.root);
  const { content } = loadContent({ root, contentDir: options.contentDir });
  const files = new Set(listFiles(resolve(root, content.contentDir)).map((file) => `${content.contentDir}/${file}`));
  const context: ScaffoldContext = { content, files };
  const taxonomyId =
    content.organisation?.data.site.taxonomy ??
    content.documents.find((doc) => doc.data.kind === 'annex-ii')?.data.taxonomy ??
    DEFAULT_TAXONOMY;
  const categories = content.frameworks.find((framework) => framework.data.id === taxonomyId)?.data.requirements.map((r) => r.id) ?? [];
  const describe = (name: string) => (name === 'category' ? `Category (${categories.join(', ')})` : name[0]!.toUpperCase() + name.slice(1));
  const missing = kindOptions[kind].required.filter((name) => !request.values[name]?.trim());
  if (missing.length && !options.ask) {
    throw new MissingValuesError(
      `missing ${missing.map((name) => `--${name}`).join(' and ')} (stdin is not a terminal, so nothing is asked)`,
    );
  }
  const v = missing.length ? { ...request.values, ...(await options.ask!(missing, describe)) } : request.values;
  const date = v.date ?? options.today;

  let scaffold: Scaffold;
  if (kind === 'measure') {
    scaffold = scaffoldMeasure(context, taxonomyId, {
      category: v.category!,
      title: v.title!,
      type: oneOf(v.type ?? 'technical', ['technical', 'organisational'] as const, 'type'),
      status: oneOf(v.status ?? 'implemented', ['implemented', 'planned'] as const, 'status'),
      ...(v.owner ? { owner: v.owner } : {}),
      ...(v.prefix ? { prefix: v.prefix } : {}),
      date,
    });
  } else if (kind === 'evidence') {
    scaffold = scaffoldEvidence(context, {
      title: v.title!,
      location: v.location!,
      kind: (v.kind ?? 'other') as EvidenceKind,
      visibility: oneOf(v.visibility ?? 'internal', ['internal', 'customer', 'public'] as const, 'visibility'),
      ...(v.id ? { id: v.id } : {}),
      ...(v.owner ? { owner: v.owner } : {}),
      // An issue date is a fact about the evidence, not about today: written only when given.
      ...(v.date ? { date: v.date } : {}),
    });
  } else if (kind === 'answer') {
    scaffold = scaffoldAnswer(context, {
      question: v.question!,
      topic: v.topic!,
      measures: v.measures!.split(/[\s,]+/).filter(Boolean).map((id) => id.toUpperCase()),
      answer: v.answer ?? 'yes',
      date,
      ...(v.id ? { id: v.id } : {}),
      ...(v.owner ? { owner: v.owner } : {}),
    });
  } else {
    scaffold = scaffoldSubprocessor(context, {
      name: v.name!,
      purpose: v.purpose!,
      date,
      ...(v.id ? { id: v.id } : {}),
      ...(v.website ? { website: v.website } : {}),
      ...(v.locations
        ? {
            locations: v.locations
              .split(/[\s,]+/)
              .filter(Boolean)
              .map((code) => code.toUpperCase()),
          }
        : {}),
    });
  }
  if (!request.print) {
    const path = join(root, scaffold.file);
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, scaffold.text, { flag: 'wx' });
    } catch (error) {
      throw new ScaffoldError(`cannot create ${scaffold.file}: ${(error as Error).message}`);
    }
  }
  return scaffold;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new ScaffoldError(`--${name} must be ${allowed.join(' or ')}, got "${value}"`);
  return value as T;
}
