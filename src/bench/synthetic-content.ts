import jsYaml from 'js-yaml';
import { contentSkeleton } from '../authoring/init.ts';
import { textHashOf, yamlHash } from '../content/measure-text.ts';
import { answerTopicIds } from '../schema/answer.ts';

/**
 * Synthetic content for the benchmarks: a new company's skeleton as `npm run init` writes it (the shipped
 * catalogues, organisation, Annex I to III) without its draft measures, plus N generated measures spread over the
 * taxonomy's categories, with evidence, mappings to real control ids and bodies of realistic length (some with
 * links and evidence citations, so the MDX parser is exercised the way real content exercises it), and as many
 * questionnaire answers as measures, each relying on one to three measures with the text hashes recorded. It
 * depends on no content folder, so the benchmarks measure the product whatever content/ holds. Deterministic: the
 * same N gives the same files.
 */
export interface SyntheticOptions {
  /** Number of measures to generate. */
  measures: number;
  /** YYYY-MM-DD; review dates fall in the year before it. */
  buildDate: string;
  /** Number of questionnaire answers to generate (default: as many as measures). */
  answers?: number;
  /** Seed for the generator. */
  seed?: number;
}

const EXPLANATIONS = [
  'Customer data is encrypted at rest with AES-256-GCM, with keys held in a managed key service.',
  'Access rights are reviewed every quarter and revoked within one working day of leaving.',
  'Backups are taken every 24 hours and restored in a test environment every quarter.',
  'Security events page the on-call engineer within 15 minutes.',
  'Personal data is deleted within 30 days of the end of the contract.',
];

const SENTENCES = [
  'Access to production systems requires single sign-on with phishing-resistant multi-factor authentication.',
  'Administrative sessions are recorded and retained for 400 days in a write-once log store.',
  'Customer data is encrypted at rest with AES-256-GCM using keys held in a managed key service.',
  'Keys are rotated every 90 days and access to key material is limited to two named roles.',
  'Connections from customers are accepted only over TLS 1.2 or TLS 1.3 with forward-secret cipher suites.',
  'Backups are taken every 24 hours, encrypted, and restored in a test environment every quarter.',
  'Vulnerability scans run daily against every internet-facing host; critical findings are fixed within 7 days.',
  'Employees complete security awareness training when they join and every 12 months thereafter.',
  'Access rights are reviewed every quarter by the owner of each system and revoked within one working day of leaving.',
  'Production and test environments run in separate cloud accounts with no shared credentials.',
  'Changes to infrastructure are made through reviewed pull requests and applied by the deployment pipeline.',
  'Security events are forwarded to a central monitoring service that pages the on-call engineer within 15 minutes.',
  'Personal data is deleted within 30 days of the end of the contract, and backups age out within 35 days.',
  'Sub-processors are assessed before onboarding and reviewed every 12 months against the same questionnaire.',
  'Data-subject requests received by the processor are forwarded to the controller within 2 working days.',
];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Returns file path (relative to the content folder) -> file text. */
export function syntheticContent(options: SyntheticOptions): Map<string, string> {
  const random = prng(options.seed ?? 20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files = new Map<string, string>();
  const skeleton = contentSkeleton({ name: 'Bench Company Ltd', domain: 'bench.example', language: 'en', today: options.buildDate });
  for (const [file, text] of skeleton) if (!file.startsWith('measures/')) files.set(file, text);
  const ids = (framework: string): string[] => {
    const data = jsYaml.load(files.get(`frameworks/${framework}.yaml`) ?? '', { schema: jsYaml.CORE_SCHEMA }) as
      { requirements?: { id: string }[] } | undefined;
    return (data?.requirements ?? []).map((requirement) => String(requirement.id));
  };
  const categories = ids('scc-annex-ii');
  const catalogues = { 'iso27001-2022': ids('iso27001-2022'), 'soc2-2017': ids('soc2-2017'), 'nist-csf-2': ids('nist-csf-2') };
  const evidenceCount = Math.max(4, Math.ceil(options.measures / 2));
  for (let i = 0; i < evidenceCount; i++) {
    const visibility = i % 10 === 0 ? 'public' : i % 3 === 0 ? 'customer' : 'internal';
    files.set(
      `evidence/ev-${i}.yaml`,
      [
        `id: ev-${i}`,
        `title: Evidence item ${i}`,
        `kind: ${pick(['configuration', 'policy', 'procedure', 'log', 'automated-check'])}`,
        `visibility: ${visibility}`,
        `location: ${visibility === 'public' ? `https://example.com/evidence/${i}` : `infra/evidence/${i}.md`}`,
        'owner: security-team',
        'issued: 2026-01-15',
        '',
      ].join('\n'),
    );
  }
  const day = Date.parse(`${options.buildDate}T00:00:00Z`);
  // Measures whose body is plain prose, with the hash of their public text (for plain prose, the body as written).
  const plain: { id: string; hash: string }[] = [];
  for (let i = 0; i < options.measures; i++) {
    const category = categories[i % categories.length]!;
    const prefix = `S${(i % categories.length).toString(36).toUpperCase()}`;
    const id = `${prefix}-${String(Math.floor(i / categories.length) + 1).padStart(4, '0')}`;
    const reviewed = new Date(day - Math.floor(random() * 300 + 1) * 86_400_000).toISOString().slice(0, 10);
    const evidence = [`ev-${i % evidenceCount}`, `ev-${(i * 7 + 3) % evidenceCount}`];
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SENTENCES));
    const roll = random();
    if (roll < 0.15) sentences.push('The procedure is published at [the security page](https://example.com/security).');
    else if (roll < 0.25) sentences.push(`See <EvidenceRef id="ev-${(Math.floor(i / 10) * 10) % evidenceCount}" />.`);
    const frontmatter = [
      '---',
      `id: ${id}`,
      `title: Synthetic measure ${i + 1}`,
      `type: ${i % 3 === 0 ? 'organisational' : 'technical'}`,
      'status: implemented',
      'owner: security-team',
      'satisfies:',
      `  scc-annex-ii: [${category}]`,
      ...Object.entries(catalogues).map(
        ([framework, list]) => `  ${framework}: [${[pick(list), pick(list)].map((r) => JSON.stringify(r)).join(', ')}]`,
      ),
      `evidence: [${evidence.join(', ')}]`,
      `reviewed: ${reviewed}`,
      'reviewEvery: P1Y',
      '---',
    ];
    files.set(`measures/${category}/${id.toLowerCase()}.mdx`, `${frontmatter.join('\n')}\n\n${sentences.join(' ')}\n`);
    if (roll >= 0.25) plain.push({ id, hash: textHashOf({ title: `Synthetic measure ${i + 1}`, text: sentences.join(' ') }) });
  }
  const answers = options.answers ?? options.measures;
  for (let i = 0; i < answers && plain.length > 0; i++) {
    const relied = [...new Map(Array.from({ length: 1 + (i % 3) }, () => pick(plain)).map((m) => [m.id, m])).values()];
    const visibility = i % 10 === 0 ? 'internal' : i % 5 === 0 ? 'customer' : 'public';
    const reviewed = new Date(day - Math.floor(random() * 200 + 1) * 86_400_000).toISOString().slice(0, 10);
    files.set(
      `answers/answer-${i}.yaml`,
      [
        `id: answer-${i}`,
        `topic: ${answerTopicIds[i % answerTopicIds.length]}`,
        `question: Synthetic question ${i + 1} about ${pick(['encryption', 'access', 'backups', 'logging', 'deletion'])}?`,
        `refs: { ccm-v4: [CEK-0${1 + (i % 9)}] }`,
        `answer: ${pick(['yes', 'yes', 'yes', 'partial', 'no'])}`,
        `explanation: ${pick(EXPLANATIONS)} ${pick(EXPLANATIONS)} (${relied.map((m) => m.id).join(', ')})`,
        `measures: [${relied.map((m) => m.id).join(', ')}]`,
        'reviewedText:',
        ...relied.map((m) => `  ${m.id}: ${yamlHash(m.hash)}`),
        `visibility: ${visibility}`,
        `reviewed: ${reviewed}`,
        'owner: security-team',
        '',
      ].join('\n'),
    );
  }
  return files;
}
