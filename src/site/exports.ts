import type { PublicView } from '../content/public-view.ts';
import { countryName, transferMechanismName } from '../documents/annex-iii.ts';
import type { Translator } from '../i18n/translator.ts';
import type { TransferMechanism } from '../schema/subprocessor.ts';
import { isUnknown } from '../schema/common.ts';
import { sortKeys } from '../documents/canonical-hash.ts';
import { EXPORT_FORMATS, SUBPROCESSOR_COLUMNS, type SubprocessorsExport } from '../schema/exports.ts';
import { fileLanguage, routes } from './paths.ts';

/**
 * The whole public view as JSON, for procurement tools and anyone who would rather not scrape. Keys are sorted at
 * every level so that the same content always gives the same bytes and diffs between builds stay readable.
 * A fact the content marks unknown is left out, as on the site: its reason is a note to the team ("Legal to
 * supply ..."), not something to publish, and a placeholder is no fact either (format 2; format 1 kept the key).
 */
export function trustCenterJson(view: PublicView, siteUrl: string): string {
  // The build date as the day, the form every other public date takes.
  const document = {
    $schema: `${siteUrl}${routes.exportSchema('trust-center')}`,
    format: EXPORT_FORMATS.trustCenter,
    site: siteUrl,
    ...view,
    buildDate: view.buildDate.day,
  };
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

/**
 * The sub-processor list as JSON, with the fields a vendor-management tool asks for: names, purpose, locations,
 * transfer mechanisms, since and until. A fact the content marks unknown is left out, as in trust-center.json.
 */
export function subprocessorsJson(view: Pick<PublicView, 'subprocessors' | 'buildDate'>, siteUrl: string): string {
  const document: SubprocessorsExport = {
    $schema: `${siteUrl}${routes.exportSchema('subprocessors')}`,
    format: EXPORT_FORMATS.subprocessors,
    site: siteUrl,
    buildDate: view.buildDate.day,
    subprocessors: view.subprocessors.map((sub) => {
      const removed = sub.history.filter((event) => event.change === 'removed').at(-1);
      return {
        id: sub.id,
        name: sub.name,
        ...(isUnknown(sub.legalName) ? {} : { legalName: sub.legalName }),
        purpose: sub.purpose,
        services: sub.services,
        ...(isUnknown(sub.dataCategories) ? {} : { dataCategories: sub.dataCategories }),
        ...(isUnknown(sub.locations) ? {} : { locations: sub.locations }),
        ...(isUnknown(sub.transferMechanisms) ? {} : { transferMechanisms: sub.transferMechanisms }),
        ...(sub.website ? { website: sub.website } : {}),
        since: sub.since,
        ...(removed && sub.history.at(-1) === removed ? { until: removed.date } : {}),
        state: sub.state,
        history: sub.history,
      };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The sub-processor list as CSV (RFC 4180, CRLF). List cells join their items with "; "; an unknown fact is an empty
 * cell. The purpose, data categories, and country and transfer-mechanism names are in the language of `view` and
 * `t` (the site publishes one file per language, see `subprocessorsCsvRoute`); the headers are the same in all.
 */
export function subprocessorsCsv(view: Pick<PublicView, 'subprocessors'>, t: Translator): string {
  const list = (value: string[] | { unknown: string }, map: (item: string) => string = (item) => item) =>
    isUnknown(value) ? '' : value.map(map).join('; ');
  const rows = view.subprocessors.map((sub) => [
    sub.id,
    sub.name,
    isUnknown(sub.legalName) ? '' : sub.legalName,
    sub.purpose,
    sub.services.join('; '),
    list(sub.dataCategories),
    list(sub.locations, (code) => countryName(code, t)),
    list(sub.transferMechanisms, (m) => transferMechanismName(m as TransferMechanism, t)),
    sub.since,
    sub.state,
    sub.website ?? '',
  ]);
  return [[...SUBPROCESSOR_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The sub-processor CSV for the pages in `language`: the site's first language at exports/subprocessors.csv (the
 * address it always had), each other language at exports/subprocessors.<language>.csv.
 */
export function subprocessorsCsvRoute(language: string, languages: readonly string[]): string {
  return routes.exportSubprocessorsCsv(fileLanguage(language, languages));
}

/**
 * One CSV cell. Quotes when needed; a cell that a spreadsheet would read as a formula (=, +, -, @) gets a leading
 * apostrophe, so content cannot run a formula in a customer's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
