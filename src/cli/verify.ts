import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { verifyPdf } from '../pdf/verify/verify.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { parseOptions } from './options.ts';

export const usage = `Usage: npm run verify -- <file.pdf> [more.pdf ...]

Checks the signature of each PDF in our own code (byte range, SHA-256 digest, CMS signature, certificate) and
prints what the document says it is. Exit status: 0 all valid, 1 any file altered or unsigned, 2 usage error or
an unreadable file.`;

/** `npm run verify`: check each signed annex and say what it is. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('verify', io, async () => {
    const { values, positionals: files } = parseOptions(argv, { help: { type: 'boolean', short: 'h', default: false } }, true);
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (files.length === 0) throw new UsageError('name at least one PDF to verify');
    let failed = false;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(io.cwd, file));
      } catch (error) {
        io.stderr.write(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        return EXIT.cannotRun;
      }
      const report = await verifyPdf(bytes);
      const doc = report.document;
      if (!report.ok) {
        failed = true;
        io.stderr.write(`✘ ${basename(file)}: INVALID: ${report.problem}\n`);
        continue;
      }
      const signature = report.signatures[report.signatures.length - 1]!;
      const line = (label: string, value: string) => io.stdout.write(`  ${label.padEnd(13)} ${value}\n`);
      io.stdout.write(`✔ ${basename(file)}: signature valid, covers the whole file\n`);
      line(
        'document',
        `${doc.id ?? '?'} (${doc.label ?? '?'}), version ${doc.version ?? '?'}, ${doc.status ?? '?'}, effective ${doc.effective ?? '?'}`,
      );
      line('content hash', doc.contentHash ?? '?');
      line('signed at', `${signature.signingTime ?? '?'} (claimed by the signer, /M)`);
      line('reason', signature.reason ?? '-');
      line('signer', signature.signer?.subject.replace(/\n/g, ', ') ?? '?');
      line('certificate', `SHA-256 ${signature.signer?.fingerprint ?? '?'}`);
      line('format', `${signature.subFilter ?? '?'}${signature.certificateBound ? ', signing certificate bound (PAdES B-B)' : ''}`);
      if (report.development) line('note', 'development certificate: NOT VALID FOR CONTRACTS');
      if (doc.status === 'draft') line('note', 'DRAFT: not for execution');
    }
    return failed ? EXIT.problem : EXIT.ok;
  });
}
