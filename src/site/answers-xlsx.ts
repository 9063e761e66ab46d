import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ANSWER_COLUMNS } from '../schema/exports.ts';
import { answerRows, answersTableWording, type AnswersExportInput } from './answers-export.ts';

/**
 * The answers as an Excel workbook, the form procurement tools import: one sheet of answers (header row frozen and
 * filtered, text wrapped) and one sheet saying what the answers reflect, every word in the input's language. The
 * same input gives the same bytes: the document dates are the build date, and since an xlsx file is a zip whose
 * entries exceljs stamps with the clock, the archive is written again with every entry dated the build date, in
 * exceljs's (fixed) order.
 */
export async function answersXlsx(input: AnswersExportInput): Promise<Uint8Array> {
  const { t } = input;
  const date = new Date(`${input.buildDate}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.organisation;
  workbook.lastModifiedBy = input.organisation;
  workbook.company = input.organisation;
  workbook.title = t.t('spreadsheet.title', { organisation: input.organisation });
  workbook.created = date;
  workbook.modified = date;

  const sheet = workbook.addWorksheet(t.t('spreadsheet.sheet.answers'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const { headers } = answersTableWording(t);
  // Wide enough for the header and its filter button: German headers are longer than the English ones the widths
  // were chosen for (and "Last reviewed" did not quite fit either).
  sheet.columns = ANSWER_COLUMNS.map(({ key, width }) => ({
    header: headers[key],
    key,
    width: Math.max(width, headers[key].length + 3),
  }));
  const rows = answerRows(input);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ANSWER_COLUMNS.length } };
  sheet.eachRow((row, number) => {
    if (number > 1) row.alignment = { vertical: 'top', wrapText: true };
  });

  const about = workbook.addWorksheet(t.t('spreadsheet.sheet.about'));
  about.columns = [
    { key: 'field', width: 24 },
    { key: 'value', width: 90 },
  ];
  const reflected = [...new Set(rows.flatMap((row) => row.documents.split('\n').filter(Boolean)))];
  for (const [field, value] of [
    [t.t('spreadsheet.about.organisation'), input.organisation],
    [t.t('spreadsheet.about.trustCenter'), input.paths.siteUrl],
    [t.t('spreadsheet.about.built'), input.buildDate],
    [t.t('spreadsheet.about.audience'), t.t(input.audience === 'customer' ? 'spreadsheet.about.customer' : 'spreadsheet.about.public')],
    [t.t('spreadsheet.about.answers'), String(rows.length)],
    [t.t('spreadsheet.about.documents'), reflected.join('; ')],
    [t.t('spreadsheet.about.note'), t.t('spreadsheet.about.noteText')],
  ] as const) {
    about.addRow({ field, value });
  }
  about.getColumn(1).font = { bold: true };

  const written = await workbook.xlsx.writeBuffer();
  return redate(new Uint8Array(written as ArrayBuffer), date);
}

/** Rewrites a zip with every entry dated `date` (UTC), keeping entry order and content. */
async function redate(zipBytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(zipBytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
