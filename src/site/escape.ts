/**
 * The one place text becomes HTML. Everything a page shows from content passes through these functions (Astro
 * escapes expressions too; the body renderer and the feeds do not have Astro, so they use these).
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** Escapes text for XML (Atom, sitemap): the same five entities, and strips characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/**
 * A URL that may go into an href: http(s), mailto, or a relative URL with no scheme. Browsers ignore tabs, newlines
 * and leading control characters inside a scheme ("java\tscript:"), so those are removed before the check.
 * Returns undefined for anything else, so the caller renders plain text instead of a link.
 */
export function safeHref(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007F]/g, '');
  if (cleaned === '') return undefined;
  if (/^(?:https?:|mailto:)/i.test(cleaned)) return cleaned;
  // A colon before any "/", "?" or "#" means a scheme (javascript:, data:, vbscript:, file:...).
  if (/^[^/?#]*:/.test(cleaned)) return undefined;
  return cleaned;
}

/** True for absolute http(s) URLs that leave the site: they get rel="noopener noreferrer". */
export function isExternal(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
