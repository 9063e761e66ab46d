import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../documents/manifest.ts';
import { verifyPdf } from '../pdf/verify/verify.ts';
import { result, type CheckResult } from './result.ts';

/**
 * Every document the site offers verifies: each PDF the manifest lists (the newest versions and every released
 * version) exists with the SHA-256 the documents page publishes, its signature holds and covers the whole file, and
 * it was signed by the certificate the manifest names; each redline exists with its SHA-256 (redlines are reading
 * aids and unsigned); no PDF lies in the folder, or a version folder, without a manifest entry.
 */
export async function checkDocuments(dist: string): Promise<CheckResult> {
  const folder = join(dist, 'documents');
  const name = 'every signed document verifies and matches the published manifest';
  if (!existsSync(join(folder, 'manifest.json'))) return result(name, ['documents/manifest.json is missing']);
  const manifest = readManifest(join(folder, 'manifest.json'));
  const problems: string[] = [];
  const redlines = manifest.versions.flatMap((version) => (version.changes ? [version.changes] : []));
  const listed = new Set([...manifest.documents, ...manifest.versions, ...redlines].map((doc) => doc.file));
  for (const redline of redlines) {
    const path = join(folder, redline.file);
    if (!existsSync(path)) problems.push(`documents/${redline.file} is in the manifest but missing`);
    else if (createHash('sha256').update(readFileSync(path)).digest('hex') !== redline.sha256)
      problems.push(`documents/${redline.file}: SHA-256 differs from the manifest`);
  }
  for (const doc of [...manifest.documents, ...manifest.versions]) {
    const path = join(folder, doc.file);
    if (!existsSync(path)) {
      problems.push(`documents/${doc.file} is in the manifest but missing`);
      continue;
    }
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256)
      problems.push(`documents/${doc.file}: SHA-256 differs from the manifest`);
    const report = await verifyPdf(bytes);
    if (!report.ok) problems.push(`documents/${doc.file}: ${report.problem}`);
    const signer = report.signatures.at(-1)?.signer?.fingerprint;
    if (report.ok && doc.signerFingerprint && signer !== doc.signerFingerprint) {
      problems.push(`documents/${doc.file}: signed by ${signer}, the manifest says ${doc.signerFingerprint}`);
    }
  }
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const files = entry.isDirectory() ? readdirSync(join(folder, entry.name)).map((file) => `${entry.name}/${file}`) : [entry.name];
    for (const file of files) if (file.endsWith('.pdf') && !listed.has(file)) problems.push(`documents/${file} is not in the manifest`);
  }
  return result(`${name} (${manifest.documents.length + manifest.versions.length} PDFs)`, problems);
}
