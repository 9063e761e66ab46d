import type { Organisation } from '../schema/organisation.ts';

/** What a reader asks for: a measure or certification whose evidence is shared with customers on request. */
export interface AccessItem {
  /** Stable public id, such as "PRT-01" or "aws-soc2". */
  id: string;
  title: string;
}

/**
 * The "Request access" link for evidence shared under NDA: a mailto: with the item in the subject and body, or the
 * organisation's own form (with `{item}` replaced by the item id). No third-party script, nothing sent by the site:
 * the reader's mail client or the form does the asking. Falls back to the security contact.
 */
export function requestAccessHref(contacts: Organisation['contacts'], item: AccessItem): string {
  const access = contacts.access;
  if (access && 'form' in access) return access.form.replace(/\{item\}/g, encodeURIComponent(item.id));
  const to = access?.email ?? contacts.security.email;
  const subject = `Evidence request: ${item.id} ${item.title}`;
  const body = `Please share the evidence for ${item.id} (${item.title}).\n\nCompany:\nName:\n`;
  return `mailto:${to}?subject=${mailtoEncode(subject)}&body=${mailtoEncode(body)}`;
}

/** RFC 6068: percent-encode everything but unreserved characters (spaces as %20, line breaks as %0D%0A). */
function mailtoEncode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}
