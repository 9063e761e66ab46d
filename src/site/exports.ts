import type { PublicView } from '../content/public-view.ts';
import { transferMechanismNames, countryName } from '../documents/annex-iii.ts';
import { isUnknown } from '../schema/common.ts';
import { sortKeys } from '../documents/canonical-hash.ts';

/** Version of the JSON export's shape; bump it when a field changes meaning or moves. */
const EXPORT_FORMAT = 'trust-center-export/2';

/**
 * The whole public view as JSON, for procurement tools and anyone who would rather not scrape. Keys are sorted at
 * every level so that the same content always gives the same bytes and diffs between builds stay readable.
 * A fact the content marks unknown is left out, as on the site: its reason is a note to the team ("Legal to
 * supply ..."), not something to publish, and a placeholder is no fact either (format 2; format 1 kept the key).
 */
export function trustCenterJson(view: PublicView, siteUrl: string): string {
  // The build date as the day, the form every other public date takes.
  const document = { format: EXPORT_FORMAT, site: siteUrl, ...view, buildDate: view.buildDate.day };
  return `${JSON.stringify(sortKeys(omitUnknown(document)), null, 2)}\n`;
}

/** Drops every `{ unknown: "why" }`: object keys holding one and array items that are one. */
function omitUnknown(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isUnknown(item)).map(omitUnknown);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (isUnknown(item) ? [] : [[key, omitUnknown(item)]])));
  }
  return value;
}

const CSV_COLUMNS = [
  'id',
  'name',
  'legal_name',
  'purpose',
  'services',
  'data_categories',
  'locations',
  'transfer_mechanisms',
  'since',
  'state',
  'website',
] as const;

/** The sub-processor list as CSV (RFC 4180, CRLF). List cells join their items with "; "; an unknown fact is an empty cell. */
export function subprocessorsCsv(view: Pick<PublicView, 'subprocessors'>): string {
  const list = (value: string[] | { unknown: string }, map: (item: string) => string = (item) => item) =>
    isUnknown(value) ? '' : value.map(map).join('; ');
  const rows = view.subprocessors.map((sub) => [
    sub.id,
    sub.name,
    isUnknown(sub.legalName) ? '' : sub.legalName,
    sub.purpose,
    sub.services.join('; '),
    list(sub.dataCategories),
    list(sub.locations, countryName),
    list(sub.transferMechanisms, (m) => transferMechanismNames[m as keyof typeof transferMechanismNames] ?? m),
    sub.since,
    sub.state,
    sub.website ?? '',
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell. Quotes when needed; a cell that a spreadsheet would read as a formula (=, +, -, @) gets a leading
 * apostrophe, so content cannot run a formula in a customer's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
