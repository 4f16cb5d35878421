/**
 * Spreadsheet export, described without any spreadsheet library: a worksheet turns a document
 * into a list of sheets (name, Chinese column headers, rows of typed cells), and the writers
 * make files of them: `toCsv` here, `toXlsx` in xlsx.ts (exceljs, loaded on click).
 *
 * Cells are typed so that figures stay figures: a number carries its Excel number format
 * ('0.00' for money, '0.0%' for a percent stored as a real fraction, '#,##0' for counts),
 * a date is a calendar day (YYYY-MM-DD). Pure; loaded only when an export is asked for.
 */
import { isIsoDate } from './dates';
import type { WorksheetDocument } from './document';
import { SHEET_TEXT } from './sheet-strings';

/** The number formats in use: Excel format codes, which Excel, WPS and LibreOffice all read. */
export type NumberFormat = 'General' | '0' | '#,##0' | '0.00' | '#,##0.00' | '0.0%' | '0.00%';

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format: NumberFormat }
  | { kind: 'date'; value: string }
  | null;

export interface Column {
  header: string;
  /** Width in characters (Excel's unit); the writer picks one when left out. */
  width?: number;
}

export interface Sheet {
  /** The tab name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

/** Turns one document into its sheets (each worksheet's `sheet.ts`); `now` is the export time. */
export type SheetsOf<T> = (doc: WorksheetDocument<T>, now: Date) => Sheet[];

export function text(value: string): Cell {
  return { kind: 'text', value };
}

/** A number cell, or an empty cell when there is no valid figure. */
export function num(value: number | null | undefined, format: NumberFormat): Cell {
  return value === null || value === undefined || !Number.isFinite(value)
    ? null
    : { kind: 'number', value, format };
}

/** A date cell for YYYY-MM-DD; anything else typed stays as text, an empty field stays empty. */
export function date(value: string): Cell {
  const v = value.trim();
  if (!v) return null;
  return isIsoDate(v) ? { kind: 'date', value: v } : { kind: 'text', value };
}

/**
 * A sheet of labelled values (项目 / 内容), led by the document's name: the fields of a
 * worksheet that are not a table.
 */
export function fieldsSheet(
  name: string,
  doc: { title: string },
  fields: readonly (readonly [string, Cell])[],
): Sheet {
  return {
    name,
    columns: [{ header: SHEET_TEXT.field, width: 24 }, { header: SHEET_TEXT.value }],
    rows: [
      [text(SHEET_TEXT.title), text(doc.title)],
      ...fields.map(([label, cell]) => [text(label), cell]),
    ],
  };
}

/** Sheet names Excel accepts: forbidden characters replaced, 31 characters, unique. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base =
      raw
        .replace(/[:\\/?*[\]]/g, '-')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const tail = `(${n})`;
      name = `${base.slice(0, 31 - tail.length)}${tail}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Several documents of one worksheet in one workbook (汇总): sheet by sheet, every document's
 * rows one after another, each row led by the document's name, so the table can be filtered
 * and sorted by it.
 */
export function combineSheets(
  docs: readonly { title: string; sheets: readonly Sheet[] }[],
  documentHeader: string = SHEET_TEXT.document,
): Sheet[] {
  const out: Sheet[] = [];
  for (const { title, sheets } of docs) {
    for (const sheet of sheets) {
      let target = out.find((s) => s.name === sheet.name);
      if (!target) {
        target = {
          name: sheet.name,
          columns: [{ header: documentHeader, width: 20 }, ...sheet.columns],
          rows: [],
        };
        out.push(target);
      }
      target.rows.push(...sheet.rows.map((row) => [text(title), ...row]));
    }
  }
  return out;
}

// ——— CSV ———

/** Decimals a number format shows, and whether it is a percent. */
function formatParts(format: NumberFormat): { decimals: number; percent: boolean } {
  const dot = format.indexOf('.');
  const percent = format.endsWith('%');
  const end = percent ? format.length - 1 : format.length;
  return { decimals: dot < 0 ? 0 : end - dot - 1, percent };
}

/**
 * A number as its format shows it, without thousands separators (they would need quoting and
 * read as text): 0.25 with '0.0%' → 25.0%, 12.5 with '0.00' → 12.50. Excel reads both as numbers.
 */
export function csvNumber(value: number, format: NumberFormat): string {
  if (format === 'General') return String(value);
  const { decimals, percent } = formatParts(format);
  const shown = (percent ? value * 100 : value).toFixed(decimals);
  const clean = /^-0(\.0*)?$/.test(shown) ? shown.slice(1) : shown;
  return percent ? `${clean}%` : clean;
}

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote, a line break or edge spaces.
 * Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading '
 * so it opens as the text it is.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (cell.kind === 'number') return csvNumber(cell.value, cell.format);
  if (cell.kind === 'date') return cell.value;
  let value = cell.value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t]/.test(value)) value = `'${value}`;
  return /[",\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line
 * ends. A CSV file holds a single table and Excel opens it as one sheet, so a workbook of several
 * sheets becomes one file in sections: each sheet's name on a line of its own, its header row,
 * its rows, then a blank line. Everything is in the one download; for separate tables that
 * can be sorted and filtered, 导出 Excel gives a sheet per part.
 */
export function toCsv(sheets: readonly Sheet[]): string {
  const parts = sheets.map((sheet) => {
    const lines = [sheet.columns.map((c) => text(c.header)), ...sheet.rows].map(csvRow);
    return sheets.length > 1 ? [csvRow([text(sheet.name)]), ...lines] : lines;
  });
  return `\uFEFF${parts.map((lines) => lines.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
