import type { Project } from '../content/project.ts';
import type { TextKey } from '../i18n/catalogue.ts';
import { translator, type Translator } from '../i18n/translator.ts';
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

  // Written in the language of the annex it announces (the content's, without one).
  const t = translator(annex?.language ?? view.contentLanguage);
  const lines: string[] = [];
  const version = annex ? t.t('notice.version', { label: annex.label, version: annex.version }) : given.label;
  lines.push(t.t('notice.subject', { organisation: organisation.name, version }), '');
  lines.push(t.t('notice.greeting'), '');
  lines.push(wrap(t.n('notice.intro', subs.length)), '');
  for (const sub of subs) {
    lines.push(...changeLines(sub, after.get(sub.id) ?? before.get(sub.id), omitted, t), '');
  }
  const contact = objectionContact(organisation.contacts.privacy, organisation.contacts.security.email);
  if (isUnknown(organisation.contacts.privacy))
    omitted.push(`privacy contact (objections are sent to ${contact}, the security contact, instead)`);
  const window = given.objectionEnds
    ? t.n('notice.window', subs.length, { days: String(given.days), date: t.date(given.objectionEnds), contact })
    : t.n('notice.windowOpen', subs.length, { contact });
  lines.push(wrap(t.t('notice.given', { date: t.date(given.date), window })), '');
  if (annex) {
    const file = annex.status === 'released' ? versionFile(annex.id, annex.version) : latestFile(annex.id);
    const where = {
      label: annex.label,
      version: annex.version,
      url: `${site}/documents/${file}`,
      documents: `${site}/documents/`,
      current: `${site}/subprocessors/`,
      feed: `${site}/subprocessors/feed.xml`,
    };
    lines.push(
      wrap(
        annex.status === 'released'
          ? t.t('notice.publishedReleased', { ...where, date: t.date(annex.effective) })
          : t.t('notice.publishedDraft', where),
      ),
      '',
    );
  }
  lines.push(t.t('notice.regards'), organisation.name);
  return { text: `${lines.join('\n')}\n`, omitted };
}

function subprocessorsOf(doc: DocumentContent | undefined): AnnexSubprocessor[] {
  return doc?.body.kind === 'annex-iii' ? doc.body.subprocessors : [];
}

const headings = { added: 'notice.added', removed: 'notice.removed', changed: 'notice.changed' } as const;

/** How the notice names each field of a sub-processor that can change, after "What changes:". */
const fieldNames = {
  name: 'notice.field.name',
  legalName: 'notice.field.legalName',
  address: 'notice.field.address',
  contact: 'notice.field.contact',
  website: 'notice.field.website',
  services: 'notice.field.services',
  purpose: 'notice.field.purpose',
  dataCategories: 'notice.field.dataCategories',
  locations: 'notice.field.locations',
  transferMechanisms: 'notice.field.transferMechanisms',
} as const satisfies Record<string, TextKey>;

function changeLines(sub: SubprocessorChange, sp: AnnexSubprocessor | undefined, omitted: string[], t: Translator): string[] {
  const replacement = sub.change === 'changed' && sub.fields.some((field) => field.field === 'legalName') && sub.notice === 'required';
  const out = [`${t.t(replacement ? 'notice.replacement' : headings[sub.change])}: ${sub.name}`];
  const field = (label: TextKey, value: unknown) => {
    if (value === undefined) return;
    if (isUnknown(value)) {
      // Facts left out are listed for the author on the command line, which speaks English whatever the notice's
      // language: "Mailwerk: legal entity", not the notice's own label lower-cased ("Mailwerk: rechtsträger").
      // (The English translator is made here, on first need: making one loads locale data, about 40 ms.)
      omitted.push(`${sub.name}: ${translator('en').t(label).toLowerCase()}`);
      return;
    }
    const text = Array.isArray(value) ? value.join('; ') : String(value).replace(/\s+/g, ' ').trim();
    if (text) out.push(wrap(`${t.t(label)}: ${text}`, '  ', '    '));
  };
  const when = sub.change === 'removed' ? (sp?.until ?? sub.effective) : (sp?.from ?? sub.effective);
  if (when) field(sub.change === 'removed' ? 'notice.until' : sub.change === 'added' ? 'notice.from' : 'notice.effective', t.date(when));
  if (sub.change === 'removed') return out;
  if (sp) {
    field('notice.legalEntity', sp.legalName);
    field('annexI.address', sp.address);
    field('notice.services', sp.services.length ? sp.services : undefined);
    field('notice.purpose', sp.purpose);
    field('annexIII.dataCategories', sp.dataCategories);
    field('annexIII.locations', sp.locations);
    field('annexIII.transferMechanism', sp.transferMechanisms);
  }
  if (sub.change === 'changed') {
    // Field names are the schema's ("transferMechanisms"): the customer reads what they are called in the notice.
    const names = sub.fields.map(({ field: name }) => (name in fieldNames ? t.t(fieldNames[name as keyof typeof fieldNames]) : name));
    field('notice.whatChanges', t.list(names));
  }
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
