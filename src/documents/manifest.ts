import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { isoDate, semver, slugId } from '../schema/common.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256');

/** One built PDF, as the documents page lists it. */
export const manifestDocumentSchema = z
  .object({
    /** Document id, such as "annex-ii". */
    id: slugId,
    /** What the document contains. */
    kind: z.enum(['annex-i', 'annex-ii', 'annex-iii']),
    /** Printed label, such as "Annex II". */
    label: z.string().min(1),
    /** Printed title. */
    title: z.string().min(1),
    /** File name inside the documents folder, such as "annex-ii.pdf". */
    file: z.string().regex(/^[a-z0-9.-]+\.pdf$/, 'expected a file name such as "annex-ii.pdf"'),
    /** Semantic version of the document. */
    version: semver,
    /** `draft` PDFs carry a DRAFT mark and are signed only as drafts. */
    status: z.enum(['draft', 'released']),
    /** Date from which this version applies (YYYY-MM-DD). */
    effective: isoDate,
    /** Language of the document. */
    language: z.string().min(2),
    /** Number of pages. */
    pages: z.number().int().positive(),
    /** File size in bytes. */
    bytes: z.number().int().positive(),
    /** SHA-256 of the PDF file as published. */
    sha256,
    /** Canonical hash of what the document states (see DocumentContent.hash); also printed in the PDF. */
    contentHash: sha256,
    /** Whether the PDF carries an electronic signature. */
    signed: z.boolean(),
    /** Subject of the signer's certificate ("CN=..., O=..."), or null when unsigned. */
    signerSubject: z.string().nullable(),
    /**
     * The expected signer: SHA-256 of the signing certificate's DER (lower-case hex), or null when unsigned. A
     * customer passes it to `npm run verify -- --trust <fingerprint>`, or compares it with what their PDF tool shows.
     */
    signerFingerprint: sha256.nullable(),
    /** The time the signature claims (/M), ISO 8601, or null when unsigned. */
    signingTime: z.string().nullable(),
    /** The signature's reason; drafts say "DRAFT – not for execution". */
    signatureReason: z.string().nullable(),
    /** Signed with the generated development certificate: not valid for contracts. */
    development: z.boolean(),
  })
  .strict();

/** `manifest.json` beside the PDFs: what was built, from which content, signed by whom. */
export const manifestSchema = z
  .object({
    /** Format version of this file. */
    schemaVersion: z.literal(1),
    /** Build date (ISO 8601): from SOURCE_DATE_EPOCH or the last commit, never the clock. */
    buildDate: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected an ISO 8601 UTC time'),
    /** True when any PDF is signed with the development certificate. */
    development: z.boolean(),
    /** The documents, in build order. */
    documents: z.array(manifestDocumentSchema),
  })
  .strict();

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestDocument = z.output<typeof manifestDocumentSchema>;

export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** The manifest as written: keys in schema order, two-space indent, final newline. Same input, same bytes. */
export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`;
}

export function writeManifest(path: string, manifest: Manifest): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, manifestJson(manifest));
}

/** Parses manifest JSON, failing with one readable line per problem. */
export function parseManifest(json: unknown, source = 'manifest.json'): Manifest {
  const result = manifestSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ManifestError(lines.join('\n'));
}

/** Reads and checks `manifest.json`; the site's documents page uses this. */
export function readManifest(path: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ManifestError(`${path}: cannot read the documents manifest: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseManifest(json, path);
}
