import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles } from '../content/files.ts';
import { loadContent } from '../content/load.ts';
import { DEFAULT_TAXONOMY } from '../content/model.ts';
import type { EvidenceKind } from '../schema/index.ts';
import { askMissing } from './ask.ts';
import { kindOptions, UsageError, type NewArgs } from './cli.ts';
import { scaffoldEvidence } from './evidence.ts';
import { scaffoldMeasure } from './measure.ts';
import { ScaffoldError } from './measure-id.ts';
import { today, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { scaffoldSubprocessor } from './subprocessor.ts';

export interface RunNewOptions {
  root?: string;
  /** Ask for missing values (defaults to whether stdin is a terminal). */
  interactive?: boolean;
}

/** The steps of `npm run new`: read the content, fill in missing values, build the file, write it. */
export async function runNew(args: NewArgs, options: RunNewOptions = {}): Promise<Scaffold> {
  const kind = args.kind!;
  const root = resolve(options.root ?? process.cwd());
  const { content } = loadContent({ root, contentDir: args.content });
  const files = new Set(listFiles(resolve(root, content.contentDir)).map((file) => `${content.contentDir}/${file}`));
  const context: ScaffoldContext = { content, files };
  const taxonomyId =
    content.organisation?.data.site.taxonomy ??
    content.documents.find((doc) => doc.data.kind === 'annex-ii')?.data.taxonomy ??
    DEFAULT_TAXONOMY;
  const categories = content.frameworks.find((framework) => framework.data.id === taxonomyId)?.data.requirements.map((r) => r.id) ?? [];
  const describe = (name: string) => (name === 'category' ? `Category (${categories.join(', ')})` : name[0]!.toUpperCase() + name.slice(1));
  const v = await askMissing(args.values, kindOptions[kind].required, describe, options.interactive);
  const date = today(v.date);

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
  if (!args.print) {
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
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, got "${value}"`);
  return value as T;
}
