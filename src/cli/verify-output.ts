import type { SignatureReport } from '../pdf/verify/signature.ts';
import type { VerifyReport } from '../pdf/verify/verify.ts';

/** The one line `verify` prints for a file: its verdict, and the reason or the signer. */
export function statusLine(file: string, report: VerifyReport): string {
  const first = report.signatures[0];
  const signer = first?.signer ? `${first.signer.subject} (SHA-256 ${first.signer.fingerprint})` : 'unknown signer';
  switch (report.verdict) {
    case 'trusted':
      return `✔ ${file}: intact, signed by a trusted certificate: ${first?.signer?.subject ?? '?'}`;
    case 'untrusted':
      return report.development
        ? `! ${file}: intact, but signed with this project's development certificate: NOT VALID FOR CONTRACTS`
        : `! ${file}: intact, but the signer is not trusted: ${signer}`;
    case 'invalid':
      return `✘ ${file}: TAMPERED OR INVALID: ${report.problem ?? 'unknown problem'}`;
  }
}

const MDP = { 1: 'permits no changes', 2: 'permits form filling and signing', 3: 'permits form filling, signing and annotations' } as const;

/** Indented detail lines under the status line: the document, each signature and each later revision. */
export function detailLines(report: VerifyReport): string[] {
  const out: string[] = [];
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(13)} ${value}`);
  const doc = report.document;
  if (doc.id || doc.version) {
    row(
      'document',
      `${doc.id ?? '?'} (${doc.label ?? '?'}), version ${doc.version ?? '?'}, ${doc.status ?? '?'}, effective ${doc.effective ?? '?'}`,
    );
    row('content hash', doc.contentHash ?? '?');
  }
  const total = report.revisions.length;
  report.signatures.forEach((signature, index) => {
    const kind =
      report.certification?.signature === index ? `certification, ${MDP[report.certification.permission]}` : 'approval signature';
    row(`signature ${index + 1}`, `${kind}; ${coverage(signature, total)}`);
    signatureRows(signature, report, index, row);
  });
  for (const revision of report.revisions) {
    const changes = revision.changes;
    if (!changes) continue;
    const text = changes.forbidden.length
      ? `NOT PERMITTED: ${changes.forbidden.join('; ')}`
      : `permitted: ${[...new Set(changes.permitted)].join('; ') || 'no changes'}`;
    row(`revision ${revision.revision}`, text);
  }
  if (report.development) row('note', "signed with this project's development certificate: NOT VALID FOR CONTRACTS");
  if (doc.status === 'draft') row('note', 'DRAFT: not for execution');
  return out;
}

function coverage(signature: SignatureReport, revisions: number): string {
  if (revisions <= 1) return signature.coversWholeFile ? 'covers the whole file' : `covers revision ${signature.revision}`;
  const span = signature.revision === 1 ? 'revision 1' : `revisions 1-${signature.revision}`;
  return `covers ${span}${signature.coversWholeFile ? ', the whole file' : `, not what was added after it`}`;
}

function signatureRows(signature: SignatureReport, report: VerifyReport, index: number, row: (label: string, value: string) => void) {
  if (signature.signer) {
    row('  signer', signature.signer.subject);
    const development = index === 0 && report.development;
    const trust = development
      ? "this project's development certificate, not trusted"
      : report.trusted[index]
        ? 'trusted'
        : 'not trusted: pass --trust <fingerprint> if this is the signer you expect';
    row('  certificate', `SHA-256 ${signature.signer.fingerprint} (${trust})`);
  }
  row('  signed at', `${signature.signingTime ?? '?'} (claimed by the signer, /M)`);
  const stamp = signature.timestamp;
  if (stamp?.time) {
    const by = stamp.tsa ? `time-stamp by ${stamp.tsa.subject}, SHA-256 ${stamp.tsa.fingerprint}` : 'time-stamp';
    row('  trusted time', `${stamp.time} (RFC 3161 ${by}; authority ${stamp.trusted ? 'trusted' : 'not trusted'})`);
  }
  if (signature.reason) row('  reason', signature.reason);
  const level = stamp && !stamp.problem ? 'PAdES B-T' : 'PAdES B-B';
  row('  format', `${signature.subFilter ?? '?'}${signature.certificateBound ? `, signing certificate bound, ${level}` : ''}`);
}

/** The closing line when several files were checked. */
export function summaryLine(counts: { trusted: number; untrusted: number; invalid: number; unreadable: number }): string {
  const total = counts.trusted + counts.untrusted + counts.invalid + counts.unreadable;
  const parts = [`${counts.trusted} trusted`, `${counts.untrusted} intact but not trusted`, `${counts.invalid} tampered or invalid`];
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} unreadable`);
  return `${total} files: ${parts.join(', ')}`;
}
