/**
 * The first worksheet of an .xlsx file as text records for rows-import.ts. exceljs (the
 * library xlsx.ts writes with) is imported here, and this module only when a learner picks
 * an .xlsx file to import.
 */
import type { SourceRow } from './rows-import';

const pad = (n: number) => String(n).padStart(2, '0');

/** What a cell shows, as text: a date cell as YYYY-MM-DD, a formula as its result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // exceljs reads a date cell as that calendar date at 00:00 UTC.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return '';
}

/** Rows of the first worksheet, numbered as in the sheet; throws when the bytes are no .xlsx. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SourceRow[]> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}
