/**
 * The .xlsx writer for sheets.ts descriptions. exceljs (MIT, maintained, writes real number
 * formats and dates) is large, so it is imported here, and this module only on 导出 Excel.
 */
import type { Cell, Column, Sheet } from './sheets';
import { sheetNames } from './sheets';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Display width of a text in Excel's character units: Chinese characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

function shownLength(cell: Cell): number {
  if (cell === null) return 0;
  if (cell.kind === 'number') return String(cell.value).length + 2;
  if (cell.kind === 'date') return 10;
  return Math.max(...cell.value.split('\n').map(displayWidth));
}

/** The given width, or one that fits the header and the longest value (8 to 60). */
function columnWidth(column: Column, index: number, rows: readonly Cell[][]): number {
  if (column.width) return column.width;
  const longest = Math.max(
    displayWidth(column.header),
    ...rows.map((row) => shownLength(row[index] ?? null)),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

function cellValue(cell: Cell): string | number | Date | null {
  if (cell === null) return null;
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'date') {
    const [y, m, d] = cell.value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell.value;
}

/** The workbook as the bytes of an .xlsx file. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const book = new ExcelJS.Workbook();
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, i) => {
    const ws = book.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((column, c) => ({
      header: column.header,
      width: columnWidth(column, c, sheet.rows),
    }));
    ws.getRow(1).font = { bold: true };
    for (const cells of sheet.rows) {
      const row = ws.addRow(cells.map(cellValue));
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = row.getCell(c + 1);
        if (cell.kind === 'number') target.numFmt = cell.format;
        else if (cell.kind === 'date') target.numFmt = 'yyyy-mm-dd';
        else if (cell.value.includes('\n')) target.alignment = { wrapText: true, vertical: 'top' };
      });
    }
  });
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
