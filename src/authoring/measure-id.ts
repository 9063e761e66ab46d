import type { LoadedContent } from '../content/entry.ts';
import { ScaffoldError } from './scaffold.ts';
import { mostCommon } from './yaml-text.ts';

export interface IdChoice {
  id: string;
  prefix: string;
  /** How the prefix was chosen, for the summary the command prints. */
  prefixSource: 'flag' | 'category' | 'derived';
}

const PREFIX = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * The id for a new measure in `category`: the prefix the category's folder already uses (its most common one),
 * and the next number after the highest that prefix has anywhere in the content, retired and invalid files
 * included, so an id is never handed out twice. Numbers keep the width already in use ("ENC-03" after "ENC-02").
 */
export function nextMeasureId(content: LoadedContent, category: string, prefixFlag?: string): IdChoice {
  const all = measureIds(content);
  const folder = `${content.contentDir}/measures/${category}/`;
  const inFolder = all.filter((item) => item.file.startsWith(folder));
  let prefix: string;
  let prefixSource: IdChoice['prefixSource'];
  if (prefixFlag) {
    prefix = prefixFlag.toUpperCase();
    prefixSource = 'flag';
  } else if (inFolder.length) {
    prefix = mostCommon(inFolder.map((item) => item.prefix))!;
    prefixSource = 'category';
  } else {
    prefix = derivePrefix(category);
    prefixSource = 'derived';
    const owner = all.find((item) => item.prefix === prefix);
    if (owner) {
      throw new ScaffoldError(
        `the prefix ${prefix} derived from "${category}" is already used by ${owner.id} (${owner.file}); choose one with --prefix`,
      );
    }
  }
  if (!PREFIX.test(prefix))
    throw new ScaffoldError(
      `--prefix must be 2 to 8 upper-case letters or digits starting with a letter, such as ENC; got "${prefixFlag}"`,
    );
  const same = all.filter((item) => item.prefix === prefix);
  const next = Math.max(0, ...same.map((item) => item.number)) + 1;
  const width = Math.max(2, ...same.map((item) => item.digits));
  if (String(next).length > 4)
    throw new ScaffoldError(`${prefix} has run out of numbers (measure ids have at most 4 digits); choose another --prefix`);
  return { id: `${prefix}-${String(next).padStart(width, '0')}`, prefix, prefixSource };
}

interface ParsedId {
  id: string;
  file: string;
  prefix: string;
  number: number;
  digits: number;
}

function measureIds(content: LoadedContent): ParsedId[] {
  const items = [
    ...content.measures.map((entry) => ({ id: entry.data.id, file: entry.file })),
    ...content.rejected.filter((item) => item.kind === 'measures' && item.id).map((item) => ({ id: item.id!, file: item.file })),
  ];
  return items.flatMap(({ id, file }) => {
    const match = /^([A-Z][A-Z0-9]*)-(\d+)$/.exec(id);
    return match ? [{ id, file, prefix: match[1]!, number: Number(match[2]), digits: match[2]!.length }] : [];
  });
}

/** "pseudonymisation-encryption" -> "PSE": three letters of the category id, for a category without measures. */
function derivePrefix(category: string): string {
  const letters = category.replace(/[^a-z0-9]/gi, '').toUpperCase();
  return /^[A-Z]/.test(letters) ? letters.slice(0, 3) : `M${letters.slice(0, 2)}`;
}
