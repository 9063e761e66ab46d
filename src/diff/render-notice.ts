import type { Project } from '../content/project.ts';
import { formatDate } from '../content/format-date.ts';
import type { SubprocessorChange } from '../documents/changes.ts';
import { latestFile, versionFile } from '../documents/files.ts';
import { buildSide } from '../documents/side.ts';
import type { AnnexSubprocessor, DocumentContent } from '../documents/types.ts';
import { isUnknown } from '../schema/index.ts';
import type { ChangeSet } from './types.ts';

/** Sub-processor changes need a notice, but no notice date is recorded: the message says where to record it. */
export class NoticeError extends Error {}

export interface Notice {
  /** The e-mail, subject line first, ready to paste. */
  text: string;
  /** Facts left out because the content marks them unknown, for the author to fill in before sending. */
  omitted: string[];
}

/**
 * The customer notice for the sub-processor changes of a comparison (SCC Clause 9(a)), as plain text to paste into
 * an e-mail: what changes and when, the date of the notice and the objection window it opens, and where the new
 * Annex III is published. Undefined when no change is one customers are told about. Facts the content marks
 * unknown are left out (and listed in `omitted`) rather than printed as gaps in a letter to customers.
 */
export function renderNotice(changes: ChangeSet, base: Project, head: Project): Notice | undefined {
  const subs = changes.subprocessors.filter((sub) => sub.notice !== 'none');
  if (subs.length === 0) return undefined;
  const given = subs.map((sub) => sub.noticeGiven).find(Boolean);
  if (!given) {
    throw new NoticeError(
      `no notice date is recorded for ${subs.map((sub) => sub.name).join(', ')}: add a changelog entry to Annex III with notice: <YYYY-MM-DD> (the date customers are told); \`npm run validate -- --base ${changes.base.ref}\` checks it`,
    );
  }
  const view = head.view();
  const organisation = view.organisation;
  const annex = (buildSide(head).documents ?? []).find((doc) => doc.id === given.document);
  const before = new Map(
    subprocessorsOf((buildSide(base).documents ?? []).find((doc) => doc.id === given.document)).map((sp) => [sp.id, sp]),
  );
  const after = new Map(subprocessorsOf(annex).map((sp) => [sp.id, sp]));
  const omitted: string[] = [];
  const site = organisation.site.baseUrl.replace(/\/+$/, '');

  const lines: string[] = [];
  const version = annex ? `${annex.label}, version ${annex.version}` : given.label;
  lines.push(`Subject: Changes to the sub-processors of ${organisation.name} (${version})`, '');
  lines.push('Dear customer,', '');
  lines.push(
    wrap(
      `In accordance with Clause 9(a) of the Standard Contractual Clauses and our data processing agreement, we inform you of the following ${subs.length === 1 ? 'change' : 'changes'} to the list of sub-processors that process personal data on your behalf:`,
    ),
    '',
  );
  for (const sub of subs) {
    lines.push(...changeLines(sub, after.get(sub.id) ?? before.get(sub.id), omitted), '');
  }
  const contact = objectionContact(organisation.contacts.privacy, organisation.contacts.security.email);
  if (isUnknown(organisation.contacts.privacy))
    omitted.push(`privacy contact (objections are sent to ${contact}, the security contact, instead)`);
  const window = given.objectionEnds
    ? `You may object to ${subs.length === 1 ? 'this change' : 'these changes'} within ${given.days} days of this notice, that is until ${formatDate(given.objectionEnds)}, by writing to ${contact}.`
    : `If you object to ${subs.length === 1 ? 'this change' : 'these changes'}, please write to ${contact} before ${subs.length === 1 ? 'it takes' : 'they take'} effect.`;
  lines.push(wrap(`This notice is given on ${formatDate(given.date)}. ${window}`), '');
  if (annex) {
    const file = annex.status === 'released' ? versionFile(annex.id, annex.version) : latestFile(annex.id);
    lines.push(
      wrap(
        `The updated list of sub-processors, ${annex.label} version ${annex.version}${annex.status === 'released' ? `, effective ${formatDate(annex.effective)}` : ' (draft)'}, is published at ${site}/documents/${file}, with its earlier versions and what changed at ${site}/documents/. The current list is at ${site}/subprocessors/, where you can also subscribe to future changes (${site}/subprocessors/feed.xml).`,
      ),
      '',
    );
  }
  lines.push('Kind regards,', organisation.name);
  return { text: `${lines.join('\n')}\n`, omitted };
}

function subprocessorsOf(doc: DocumentContent | undefined): AnnexSubprocessor[] {
  return doc?.body.kind === 'annex-iii' ? doc.body.subprocessors : [];
}

const headings: Record<SubprocessorChange['change'], string> = { added: 'Addition', removed: 'Removal', changed: 'Change' };

function changeLines(sub: SubprocessorChange, sp: AnnexSubprocessor | undefined, omitted: string[]): string[] {
  const replacement = sub.change === 'changed' && sub.fields.some((field) => field.field === 'legalName') && sub.notice === 'required';
  const out = [`${replacement ? 'Replacement' : headings[sub.change]}: ${sub.name}`];
  const field = (label: string, value: unknown) => {
    if (value === undefined) return;
    if (isUnknown(value)) {
      omitted.push(`${sub.name}: ${label.toLowerCase()}`);
      return;
    }
    const text = Array.isArray(value) ? value.join('; ') : String(value).replace(/\s+/g, ' ').trim();
    if (text) out.push(wrap(`${label}: ${text}`, '  ', '    '));
  };
  const when = sub.change === 'removed' ? (sp?.until ?? sub.effective) : (sp?.from ?? sub.effective);
  if (when) field(sub.change === 'removed' ? 'Until' : sub.change === 'added' ? 'From' : 'Effective', formatDate(when));
  if (sub.change === 'removed') return out;
  if (sp) {
    field('Legal entity', sp.legalName);
    field('Address', sp.address);
    field('Services', sp.services.length ? sp.services : undefined);
    field('Purpose of the processing', sp.purpose);
    field('Categories of personal data', sp.dataCategories);
    field('Processing locations', sp.locations);
    field('Transfer mechanism', sp.transferMechanisms);
  }
  if (sub.change === 'changed') field('What changes', sub.fields.map((f) => f.field).join(', '));
  return out;
}

function objectionContact(privacy: unknown, securityEmail: string): string {
  if (!isUnknown(privacy) && typeof privacy === 'object' && privacy !== null) {
    const { email, url } = privacy as { email?: string; url?: string };
    if (email) return email;
    if (url) return url;
  }
  return securityEmail;
}

/** Wraps text at 78 characters for plain-text e-mail, indenting continuation lines. */
function wrap(text: string, first = '', rest = first): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  for (const word of words) {
    const prefix = lines.length === 0 ? first : rest;
    if (line.length > prefix.length && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = rest + word;
    } else line = line.length > prefix.length ? `${line} ${word}` : prefix + word;
  }
  lines.push(line);
  return lines.join('\n');
}
