/**
 * 导出 Excel / 导出 CSV: writes sheets (core/sheets.ts) to a file and offers it as a download.
 * Loaded on the first click; the .xlsx writer (and exceljs with it) only for 导出 Excel.
 */
import { toCsv, type Sheet } from '../sheets';
import { downloadBlob } from './browser';

export type SpreadsheetKind = 'xlsx' | 'csv';

export async function saveSpreadsheet(
  sheets: readonly Sheet[],
  kind: SpreadsheetKind,
  filename: string,
  download: (blob: Blob, filename: string) => void = downloadBlob,
): Promise<void> {
  if (kind === 'csv') {
    download(new Blob([toCsv(sheets)], { type: 'text/csv;charset=utf-8' }), filename);
    return;
  }
  const { toXlsx, XLSX_MIME } = await import('../xlsx');
  const bytes = await toXlsx(sheets);
  download(new Blob([bytes as BlobPart], { type: XLSX_MIME }), filename);
}
