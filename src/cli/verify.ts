import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { developmentFingerprints } from '../pdf/sign/development.ts';
import { parseAnchors, type TrustAnchors, TrustAnchorError } from '../pdf/verify/trust.ts';
import { verifyPdf } from '../pdf/verify/verify.ts';
import type { Io } from './io.ts';
import { detailLines, statusLine, summaryLine } from './verify-output.ts';

/** Exit codes, most serious first: when files differ, the command exits with the most serious one. */
export const exitCodes = {
  /** Every file intact and signed by a trusted certificate. */
  trusted: 0,
  /** A file was altered after signing, is unsigned or not a PDF, or a signature or certificate does not hold. */
  invalid: 1,
  /** Bad arguments, or a file could not be read. */
  usage: 2,
  /** Every file intact, but a signer is not trusted: unknown, or this project's development certificate. */
  untrusted: 3,
} as const;

export const help = `usage: npm run verify -- [--trust <cert.pem | sha256>]... [--details] <file.pdf> [more.pdf ...]

Checks each signed PDF in this project's own code: the byte ranges, the SHA-256 digest, the CMS signature, that
the certificate is the one the signature binds (signing-certificate-v2) and may sign, any RFC 3161 time-stamp,
and that revisions added after a certification signature (a countersignature) make only permitted changes. Then
asks whether the signer is trusted. Prints one line per file (with details when one file is given or with
--details; never for a tampered file) and, for several files, a summary line.

  ✔  intact, signed by a trusted certificate
  !  intact, but the signer is not trusted (unknown, or this project's development certificate)
  ✘  tampered or invalid

Options:
  --trust <cert.pem | sha256>  trust this certificate: the signer's own, or a CA that issued it. A PEM or DER
                               file, or a SHA-256 fingerprint such as the expected signer manifest.json and the
                               documents page publish. Repeatable.
  --details                    print the details for every file
  -h, --help                   print this help

Exit codes (for several files, the first that applies, in this order):
  1  a file is tampered or invalid (altered, unsigned, not a PDF, a bad signature or certificate)
  2  usage error, or a file could not be read
  3  every file intact, but a signer is not trusted
  0  every file intact and signed by a trusted certificate
`;

/** `npm run verify`: checks signed PDFs and says who signed them and whether to trust it. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: { trust: { type: 'string', multiple: true }, details: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`verify: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${help.split('\n')[0]}\n`);
    return exitCodes.usage;
  }
  if (parsed.values.help) {
    io.stdout.write(help);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    io.stderr.write(`${help.split('\n')[0]}\n`);
    return exitCodes.usage;
  }
  let trust: TrustAnchors;
  try {
    trust = parseAnchors(parsed.values.trust ?? [], (path) => readFileSync(resolve(io.cwd, path)));
  } catch (error) {
    if (!(error instanceof TrustAnchorError)) throw error;
    io.stderr.write(`verify: ${error.message}\n`);
    return exitCodes.usage;
  }
  // The project's own development keys, wherever verify runs from inside the project (.cache beside content/).
  const development = developmentFingerprints(join(resolve(io.cwd), '.cache'));
  const details = parsed.values.details === true || files.length === 1;
  const counts = { trusted: 0, untrusted: 0, invalid: 0, unreadable: 0 };
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      counts.unreadable++;
      io.stdout.write(`✘ ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      continue;
    }
    const report = await verifyPdf(bytes, { trust, development });
    counts[report.verdict]++;
    io.stdout.write(`${statusLine(file, report)}\n`);
    // A tampered file gets its one line: what it claims about itself is not worth printing.
    if (details && report.verdict !== 'invalid') for (const line of detailLines(report)) io.stdout.write(`${line}\n`);
  }
  if (files.length > 1) io.stdout.write(`${summaryLine(counts)}\n`);
  if (counts.invalid > 0) return exitCodes.invalid;
  if (counts.unreadable > 0) return exitCodes.usage;
  if (counts.untrusted > 0) return exitCodes.untrusted;
  return exitCodes.trusted;
}
