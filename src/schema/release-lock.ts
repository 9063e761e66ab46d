import { z } from 'zod';
import { semver, slugId } from './common.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256');

/** One released annex PDF as it was first published. */
export const lockedReleaseSchema = z
  .object({
    /** Document id, such as "annex-ii". */
    document: slugId,
    /** The released version. */
    version: semver,
    /** The commit the version was released at (the first where the document has this version, released). */
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected a full git commit id'),
    /** The build date the PDF was made on (ISO 8601 UTC): its "Issued" date and signing time. */
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected an ISO 8601 UTC time such as 2026-11-02T09:00:00Z'),
    /** Canonical hash of what the version states. */
    contentHash: sha256,
    /** SHA-256 of the PDF file as published. */
    sha256,
    /** SHA-256 fingerprint of the certificate that signed it. */
    signer: sha256,
  })
  .strict();

/**
 * `content/releases.lock.yaml`: written by a release build (`npm run build -- --release`), never by hand. It
 * records the bytes of every released annex PDF as first published, so a later build that reproduces a version
 * from git history can prove it publishes the very same file, and fails loudly when it cannot.
 */
export const releaseLockSchema = z
  .object({
    /** Released PDFs, by document then version. */
    releases: z.array(lockedReleaseSchema).default([]),
  })
  .strict();

export type ReleaseLock = z.output<typeof releaseLockSchema>;
export type LockedRelease = z.output<typeof lockedReleaseSchema>;
