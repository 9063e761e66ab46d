import type { PublicInline } from '../../../schema/public-body.ts';
import type { Contact, UnknownFact } from '../../../schema/index.ts';
import type { Translator } from '../../../i18n/translator.ts';
import { isUnknown } from '../../../schema/common.ts';
import { boldOf, codeScale, colors, italicOf, unknownStyle } from '../theme.ts';
import type { LinkTarget, Run, TextStyle } from '../types.ts';

/** Text in one style; "\n" is a hard line break. */
export function text(value: string, style: TextStyle, link?: LinkTarget): Run {
  return { text: value, style, ...(link ? { link } : {}) };
}

/**
 * Running text from YAML: single newlines (from block scalars) are spaces, a blank line is a line break.
 */
export function prose(value: string, style: TextStyle): Run {
  return text(
    value
      .trim()
      .replace(/\n\s*\n\s*/g, '\u0000')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\u0000/g, '\n'),
    style,
  );
}

/** The visible gap printed for a fact the content marks unknown, so a reader sees what is missing and why. */
export function unknownRun(fact: UnknownFact, style: TextStyle, t: Translator): Run {
  return text(t.t('unknown.gap', { reason: fact.unknown }), unknownStyle(style));
}

/** A visible gap in a draft, such as a measure not yet translated. */
export function gapRun(value: string, style: TextStyle): Run {
  return text(value, unknownStyle(style));
}

/**
 * A value that may be unknown, as runs. Lists are set one item per line; `lines` keeps a text's own line breaks
 * (addresses), `prose` reflows it.
 */
export function maybeRuns(
  value: string | string[] | UnknownFact,
  style: TextStyle,
  t: Translator,
  mode: 'prose' | 'lines' = 'prose',
): Run[] {
  if (isUnknown(value)) return [unknownRun(value, style, t)];
  if (Array.isArray(value))
    return value.length <= 1 ? [prose(value[0] ?? '', style)] : [text(value.map((v) => `• ${v.trim()}`).join('\n'), style)];
  return mode === 'lines' ? [text(value.trim(), style)] : [prose(value, style)];
}

/** Only web and mail links become link annotations; anything else prints as text (defence in depth). */
function safeLink(url: string): LinkTarget | undefined {
  return /^(https?:\/\/|mailto:)/i.test(url) ? { uri: url } : undefined;
}

/** A person or desk: name, position, e-mail and web address, with the addresses as live links. */
export function contactRuns(contact: Contact | UnknownFact, style: TextStyle, t: Translator): Run[] {
  if (isUnknown(contact)) return [unknownRun(contact, style, t)];
  const runs: Run[] = [];
  const add = (part: Run) => {
    if (runs.length > 0) runs.push(text(', ', style));
    runs.push(part);
  };
  if (contact.name) add(text(contact.name, style));
  if (contact.role) add(text(contact.role, style));
  if (contact.email) add(text(contact.email, { ...style, color: colors.accent }, { uri: `mailto:${contact.email}` }));
  if (contact.url) add(text(contact.url, { ...style, color: colors.accent }, safeLink(contact.url)));
  return runs.length > 0 ? runs : [text('—', style)];
}

/** Public inline nodes to runs: emphasis and strong pick faces, links keep one shared target per link. */
export function phrasing(nodes: readonly PublicInline[], style: TextStyle, link?: LinkTarget): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A newline inside Markdown text is a soft break: a space, not a line break.
        runs.push(text(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), style, link));
        break;
      case 'emphasis':
        runs.push(...phrasing(node.children, { ...style, font: italicOf(style.font) }, link));
        break;
      case 'strong':
        runs.push(...phrasing(node.children, { ...style, font: boldOf(style.font) }, link));
        break;
      case 'delete':
        runs.push(...phrasing(node.children, { ...style, strike: true }, link));
        break;
      case 'inlineCode':
        runs.push({
          text: node.value.replace(/\n/g, ' '),
          style: { ...style, font: 'mono', size: style.size * codeScale },
          ...(link ? { link } : {}),
        });
        break;
      case 'break':
        runs.push({ text: '\n', style });
        break;
      case 'link': {
        const target = link ?? safeLink(node.url);
        runs.push(...phrasing(node.children, target ? { ...style, color: colors.accent } : style, target));
        break;
      }
      case 'evidenceRef': {
        const target = link ?? (node.url ? safeLink(node.url) : undefined);
        runs.push(text(node.title, target ? { ...style, color: colors.accent } : style, target));
        break;
      }
    }
  }
  return runs;
}

/** Dates as the English-only outputs (the redline PDF) print them: "1 March 2025". */
export { formatDate } from '../../../content/format-date.ts';
