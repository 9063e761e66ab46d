import { evidenceKinds, type EvidenceKind } from '../schema/index.ts';
import { ScaffoldError, uniqueFile, type Scaffold, type ScaffoldContext } from './scaffold.ts';
import { mostCommon, slugify, yamlValue } from './yaml-text.ts';

export interface EvidenceInput {
  title: string;
  /** Where the evidence lives: a URL or a repository path. */
  location: string;
  kind: EvidenceKind;
  visibility: 'public' | 'customer' | 'internal';
  id?: string;
  owner?: string;
  /** The date it was issued or last produced, YYYY-MM-DD, when the author gave one (never guessed). */
  date?: string;
}

/**
 * A new evidence file under content/evidence/. Internal by default: nothing is published until someone decides
 * it may be. The command prints how to cite it from a measure, since an evidence item nothing cites proves nothing.
 */
export function scaffoldEvidence(context: ScaffoldContext, input: EvidenceInput): Scaffold {
  const { content } = context;
  if (!evidenceKinds.includes(input.kind)) throw new ScaffoldError(`--kind must be one of: ${evidenceKinds.join(', ')}`);
  const id = input.id ?? slugify(input.title);
  if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not an evidence id: use lower-case letters, digits and "-", such as "backup-procedure"`);
  const clash = content.evidence.find((entry) => entry.data.id === id);
  if (clash) throw new ScaffoldError(`evidence "${id}" already exists in ${clash.file}; choose another --id`);
  const notes: string[] = [];
  let owner = input.owner;
  if (!owner) {
    owner = mostCommon(content.evidence.map((entry) => entry.data.owner));
    if (!owner) throw new ScaffoldError('--owner is required: no other evidence names an owner to follow');
    notes.push(`owner ${owner}: the most common evidence owner (change it with --owner)`);
  }
  if (input.visibility !== 'public')
    notes.push(`visibility ${input.visibility}: never shown publicly (use --visibility public for evidence customers may see)`);
  const text = [
    `id: ${id}`,
    `title: ${yamlValue(input.title)}`,
    `# One of: ${evidenceKinds.join(', ')}.`,
    `kind: ${input.kind}`,
    '# public: shown on the site and in documents; customer: given on request under NDA; internal: auditors and staff only.',
    `visibility: ${input.visibility}`,
    `location: ${yamlValue(input.location)}`,
    `owner: ${yamlValue(owner)}`,
    input.date ? `issued: ${input.date}` : '# issued: YYYY-MM-DD  (when it was issued or last produced)',
    '# validUntil: YYYY-MM-DD  (for evidence that expires, such as a certificate or an audit report)',
    ...(input.visibility === 'public' ? ['# description: one or two public sentences on what the evidence shows'] : []),
    '',
  ].join('\n');
  return {
    file: uniqueFile(context, `${content.contentDir}/evidence/`, id, '.yaml'),
    text,
    id,
    notes,
    next: [`Cite it from the measures it supports: evidence: [${id}] in their frontmatter.`, 'Run `npm run validate`.'],
  };
}
