import { addDuration } from '../content/build-date.ts';
import type { Organisation } from '../schema/organisation.ts';
import { routes, type SitePaths } from './paths.ts';

/** How long a security.txt stays valid after the build date. RFC 9116 recommends less than a year from serving. */
const SECURITY_TXT_VALIDITY = 'P1Y';

/**
 * `/.well-known/security.txt` (RFC 9116) from the organisation's contacts. Expires counts from the build date,
 * never the clock, so the same commit builds the same file; a site not rebuilt for a year stops claiming to be current.
 */
export function securityTxt(organisation: Organisation, buildDate: string, paths: SitePaths): string {
  const security = organisation.contacts.security;
  const lines = [
    `# Security contact for ${oneLine(organisation.name)}. Generated from the trust center content.`,
    `Contact: mailto:${oneLine(security.email)}`,
    `Expires: ${addDuration(buildDate, SECURITY_TXT_VALIDITY)}T00:00:00.000Z`,
    ...(security.encryption ? [`Encryption: ${oneLine(security.encryption)}`] : []),
    `Canonical: ${paths.absoluteFile(routes.securityTxt)}`,
    ...(security.policy ? [`Policy: ${oneLine(security.policy)}`] : []),
    `Preferred-Languages: ${organisation.site.languages.map(oneLine).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Field values are single lines: a newline in content must not start a field of its own. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}
