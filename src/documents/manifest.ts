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

const pdfFile = z.string().regex(/^[a-z0-9.-]+(?:\/[a-z0-9.-]+)?\.pdf$/, 'expected a path such as "annex-ii/1.0.0.pdf"');

/** The comparison of a released version with the one before it (a redline PDF, unsigned: a reading aid). */
export const manifestRedlineSchema = z
  .object({
    /** The earlier version compared with. */
    from: semver,
    /** Path inside the documents folder, such as "annex-ii/1.0.0-to-1.1.0.pdf". */
    file: pdfFile,
    pages: z.number().int().positive(),
    bytes: z.number().int().positive(),
    sha256,
  })
  .strict();

/** One released version of a document, kept at a stable URL byte for byte. */
export const manifestVersionSchema = z
  .object({
    /** Document id, such as "annex-ii". */
    id: slugId,
    /** Printed label, such as "Annex II". */
    label: z.string().min(1),
    /** Printed title of this version. */
    title: z.string().min(1),
    version: semver,
    /** Date from which this version applies. */
    effective: isoDate,
    /** Path inside the documents folder, such as "annex-ii/1.0.0.pdf". */
    file: pdfFile,
    /** The commit that released the version (the first with this version and status released). */
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    /** When the PDF was issued and signed (ISO 8601): the release commit's date. */
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected an ISO 8601 UTC time'),
    pages: z.number().int().positive(),
    bytes: z.number().int().positive(),
    /** SHA-256 of the PDF file: the same in every build. */
    sha256,
    /** Canonical hash of what the version states. */
    contentHash: sha256,
    /** SHA-256 fingerprint of the signer's certificate. */
    signerFingerprint: sha256,
    /** Signed with the generated development certificate: not valid for contracts. */
    development: z.boolean(),
    /** The redline against the previous released version, when there is one. */
    changes: manifestRedlineSchema.optional(),
  })
  .strict();

/** `manifest.json` beside the PDFs: what was built, from which content, signed by whom. */
export const manifestSchema = z
  .object({
    /** Format version of this file (2: with the released versions). */
    schemaVersion: z.literal(2),
    /** Build date (ISO 8601): from SOURCE_DATE_EPOCH or the last commit, never the clock. */
    buildDate: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected an ISO 8601 UTC time'),
    /** True when any PDF is signed with the development certificate. */
    development: z.boolean(),
    /** The documents, in build order: the newest version of each. */
    documents: z.array(manifestDocumentSchema),
    /** Every released version of every document, rebuilt from git history, by document then version. */
    versions: z.array(manifestVersionSchema),
    /** Whether the released versions could be rebuilt; when not, why (only the newest versions are published). */
    archive: z
      .object({
        complete: z.boolean(),
        note: z.string().optional(),
      })
      .strict(),
  })
  .strict();

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestDocument = z.output<typeof manifestDocumentSchema>;
export type ManifestVersion = z.output<typeof manifestVersionSchema>;
export type ManifestRedline = z.output<typeof manifestRedlineSchema>;

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
