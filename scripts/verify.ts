// npm run verify -- <file.pdf> [...]
// Checks the signature of each PDF in our own code (byte range, SHA-256 digest, CMS signature, certificate) and
// prints what the document says it is. Exit code: 0 all valid, 1 any file altered or unsigned, 2 usage error.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { verifyPdf } from '../src/pdf/verify/verify.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  console.error('usage: npm run verify -- <file.pdf> [more.pdf ...]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    process.exit(2);
  }
  const report = await verifyPdf(bytes);
  const doc = report.document;
  if (!report.ok) {
    failed = true;
    console.error(`✘ ${basename(file)}: INVALID: ${report.problem}`);
    continue;
  }
  const signature = report.signatures[report.signatures.length - 1]!;
  console.log(`✔ ${basename(file)}: signature valid, covers the whole file`);
  console.log(
    `  document      ${doc.id ?? '?'} (${doc.label ?? '?'}), version ${doc.version ?? '?'}, ${doc.status ?? '?'}, effective ${doc.effective ?? '?'}`,
  );
  console.log(`  content hash  ${doc.contentHash ?? '?'}`);
  console.log(`  signed at     ${signature.signingTime ?? '?'} (claimed by the signer, /M)`);
  console.log(`  reason        ${signature.reason ?? '-'}`);
  console.log(`  signer        ${signature.signer?.subject.replace(/\n/g, ', ') ?? '?'}`);
  console.log(`  certificate   SHA-256 ${signature.signer?.fingerprint ?? '?'}`);
  console.log(
    `  format        ${signature.subFilter ?? '?'}${signature.certificateBound ? ', signing certificate bound (PAdES B-B)' : ''}`,
  );
  if (report.development) console.log('  note          development certificate: NOT VALID FOR CONTRACTS');
  if (doc.status === 'draft') console.log('  note          DRAFT: not for execution');
}
process.exit(failed ? 1 : 0);
