import type { z } from 'zod';
import { answerSchema } from './answer.ts';
import { certificationSchema } from './certification.ts';
import { documentSchema } from './document.ts';
import { evidenceSchema } from './evidence.ts';
import { frameworkSchema } from './framework.ts';
import { lintConfigSchema } from './lint-config.ts';
import { measureSchema } from './measure.ts';
import { organisationSchema } from './organisation.ts';
import { processingSchema } from './processing.ts';
import { releaseLockSchema } from './release-lock.ts';
import { subprocessorSchema } from './subprocessor.ts';

export * from './answer.ts';
export * from './certification.ts';
export * from './common.ts';
export * from './document.ts';
export * from './evidence.ts';
export * from './framework.ts';
export * from './lint-config.ts';
export * from './measure.ts';
export * from './organisation.ts';
export * from './processing.ts';
export * from './release-lock.ts';
export * from './subprocessor.ts';
export * from './translation.ts';

/**
 * Where each content kind lives under `content/` and which schema checks it. This table is the only place that
 * knows the folder layout: the loader, the validator, the Astro collections and `npm run new` all read it.
 */
export const collections = {
  frameworks: { dir: 'frameworks', format: 'yaml', schema: frameworkSchema },
  measures: { dir: 'measures', format: 'mdx', schema: measureSchema },
  evidence: { dir: 'evidence', format: 'yaml', schema: evidenceSchema },
  certifications: { dir: 'certifications', format: 'yaml', schema: certificationSchema },
  subprocessors: { dir: 'subprocessors', format: 'yaml', schema: subprocessorSchema },
  documents: { dir: 'documents', format: 'yaml', schema: documentSchema },
  answers: { dir: 'answers', format: 'yaml', schema: answerSchema },
} as const satisfies Record<string, { dir: string; format: 'yaml' | 'mdx'; schema: z.ZodType }>;

/** Content held in one file each. `required` files must exist for the content to be complete. */
export const singletons = {
  organisation: { file: 'organisation.yaml', schema: organisationSchema, required: true },
  processing: { file: 'processing.yaml', schema: processingSchema, required: true },
  lint: { file: 'lint.yaml', schema: lintConfigSchema, required: false },
  /** Written by release builds: the SHA-256 of every released PDF as first published. */
  releases: { file: 'releases.lock.yaml', schema: releaseLockSchema, required: false },
} as const satisfies Record<string, { file: string; schema: z.ZodType; required: boolean }>;

export type CollectionName = keyof typeof collections;
