import { stringify } from 'yaml';

/** A value written as a YAML scalar or flow sequence, quoted only when YAML needs it ("Title: with colon"). */
export function yamlValue(value: string | readonly string[]): string {
  if (typeof value !== 'string') return `[${value.map((item) => yamlValue(item)).join(', ')}]`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** German letters spelled out as German writes them without umlauts ("für Gäste" -> "fuer Gaeste"), not stripped. */
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** Lower-case kebab id from a title: "Key rotation (AES)" -> "key-rotation-aes", "Schlüssel für Gäste" -> "schluessel-fuer-gaeste". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => GERMAN[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}

/** The most frequent value, ties broken alphabetically; undefined for an empty list. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
