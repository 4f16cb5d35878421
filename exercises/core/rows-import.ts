/**
 * Rows a learner brings from their own list: a block pasted from Excel or WPS (tab-separated),
 * a .csv file (UTF-8, or GB18030/GBK as WPS writes on Chinese Windows) or an .xlsx file
 * (rows-xlsx.ts). The grid is mapped to a worksheet's fields (guessed from the header row, or
 * by column order), and every row is checked with its field's rule: what passes is kept, what
 * does not is refused with its row number and the reason. No DOM; the view is ui/ImportRows.tsx,
 * and both load only when the learner opens the import.
 */
import { isIsoDate } from './dates';
import { TEXT_MAX } from './limits';
import { parseNumberInput, quantityInput, type QuantityKind } from './numbers';
import { ROWS_TEXT } from './rows-import-strings';

/** One record of the source, with its row number there (1 = the first row of the sheet). */
export interface SourceRow {
  line: number;
  cells: string[];
}

export interface FieldChoice {
  value: string;
  label: string;
  /** Other names people write for it (英文, 缩写). */
  aliases?: readonly string[];
}

interface FieldBase {
  key: string;
  /** The label on the form, also the column name the import looks for. */
  label: string;
  /** Other column names that mean this field (客户, 公司, Customer …). */
  aliases?: readonly string[];
  required?: boolean;
}

export type ImportField =
  | (FieldBase & { kind: 'text' })
  | (FieldBase & {
      kind: 'number';
      quantity: QuantityKind;
      min?: number;
      max?: number;
      allowNegative?: boolean;
    })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'choice'; choices: readonly FieldChoice[] });

export type ImportValue = string | number;

/** A field key per source column, or null for a column that is not imported. */
export type ColumnMapping = (string | null)[];

export interface AcceptedRow {
  line: number;
  /** Values by field key: text, a number, an ISO date or a choice's value. Empty optional fields are absent. */
  values: Record<string, ImportValue>;
}

export interface RefusedRow {
  line: number;
  /** Every reason, each as 「第 7 行：金额「12万」不是数字」. */
  messages: string[];
}

export interface ImportResult {
  accepted: AcceptedRow[];
  refused: RefusedRow[];
  /** Valid rows left out because the list would pass its limit. */
  overLimit: number;
}

// ── decoding ─────────────────────────────────────────────────────────────────────────────────

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * The text of a .csv or .txt file: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
 * 「Unicode 文本」), otherwise GB18030, which covers GBK and GB2312 (WPS and Excel on Chinese Windows).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

// ── delimited text ───────────────────────────────────────────────────────────────────────────

export type Delimiter = '\t' | ',' | ';';

/** Tab when the first record has one (a paste from a spreadsheet), else `,` or `;` (whichever is more common). */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\t') return '\t';
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Records of delimited text (RFC 4180 with any delimiter): a quoted cell may hold the
 * delimiter, line breaks and "" for a quote. Line ends may be CRLF, LF or CR. Each record keeps
 * its row number; empty records are kept (as no cells) so the numbers match the spreadsheet's.
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
): SourceRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: SourceRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ line, cells: cells.length === 1 && cells[0] === '' ? [] : cells });
    cells = [];
    line++;
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  // A last record without a line end (but not the empty one after a final line end).
  if (cell !== '' || cells.length > 0 || quoted) endRow();
  return rows;
}

/** True when every cell of the record is blank. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

// ── mapping ──────────────────────────────────────────────────────────────────────────────────

/** A name compared loosely: full-width folded, lower case, no spaces or punctuation. */
function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()（）:：*]/g, '');
}

function fieldNames(field: ImportField): string[] {
  return [field.label, field.key, ...(field.aliases ?? [])].map(nameKey).filter(Boolean);
}

/** The field a header cell names, or null. Exact names first, then a name the cell contains. */
function fieldForHeader(header: string, fields: readonly ImportField[]): ImportField | null {
  const key = nameKey(header);
  if (!key) return null;
  return (
    fields.find((f) => fieldNames(f).includes(key)) ??
    fields.find((f) => fieldNames(f).some((name) => name.length >= 2 && key.includes(name))) ??
    null
  );
}

function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  if (!text) return false;
  return (
    parseNumberInput(text, { allowCurrency: true, allowNegative: true }).ok ||
    readDate(text) !== null
  );
}

/**
 * Whether the first non-blank record is a header: one of its cells names a field, or none of
 * its cells is a number or date while the record after it has one.
 */
export function detectHeader(rows: readonly SourceRow[], fields: readonly ImportField[]): boolean {
  const filled = rows.filter((r) => !isBlankRow(r.cells));
  const [first, second] = filled;
  if (!first) return false;
  if (first.cells.some((c) => fieldForHeader(c, fields))) return true;
  if (first.cells.some(looksLikeValue)) return false;
  return second !== undefined && second.cells.some(looksLikeValue);
}

/**
 * The field of each column: from the header's names when there is one (each field once),
 * otherwise in the order of `fields`.
 */
export function guessMapping(
  header: readonly string[] | null,
  columnCount: number,
  fields: readonly ImportField[],
): ColumnMapping {
  const mapping: ColumnMapping = Array.from({ length: columnCount }, () => null);
  if (!header) {
    for (let c = 0; c < Math.min(columnCount, fields.length); c++) mapping[c] = fields[c].key;
    return mapping;
  }
  const used = new Set<string>();
  // Exact names first, so 「客户名称」 wins over a column that merely contains 「客户」.
  for (const exact of [true, false]) {
    header.forEach((cell, c) => {
      if (mapping[c] !== null) return;
      const key = nameKey(cell);
      const field = exact
        ? fields.find((f) => fieldNames(f).includes(key))
        : fieldForHeader(cell, fields);
      if (field && !used.has(field.key)) {
        mapping[c] = field.key;
        used.add(field.key);
      }
    });
  }
  return mapping;
}

/** Number of columns of the widest record. */
export function columnCount(rows: readonly SourceRow[]): number {
  return rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
}

// ── values ───────────────────────────────────────────────────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as written in a spreadsheet: 2027-03-31, 2027/3/31, 2027.3.31, 2027年3月31日, with
 * full-width digits too, and a time after it ignored. Null when it is no real date.
 */
export function readDate(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
      text,
    );
  if (!match) return null;
  const iso = `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
  return isIsoDate(iso) ? iso : null;
}

/** The value of a choice field named by its label, value or an alias; null when none matches. */
export function readChoice(raw: string, choices: readonly FieldChoice[]): string | null {
  const key = nameKey(raw);
  const found = choices.find((choice) =>
    [choice.label, choice.value, ...(choice.aliases ?? [])].some((name) => nameKey(name) === key),
  );
  return found ? found.value : null;
}

function numberProblem(
  field: Extract<ImportField, { kind: 'number' }>,
  raw: string,
): string | number {
  const result = parseNumberInput(
    raw,
    quantityInput(field.quantity, {
      allowNegative: field.allowNegative,
      min: field.min,
      max: field.max,
    }),
  );
  if (result.ok) return result.value;
  switch (result.reason) {
    case 'percent':
      return ROWS_TEXT.noPercent(field.label, raw);
    case 'currency':
      return ROWS_TEXT.noCurrency(field.label, raw);
    case 'negative':
      return ROWS_TEXT.negative(field.label, raw);
    case 'integer':
      return ROWS_TEXT.notInteger(field.label, raw);
    case 'range':
      return ROWS_TEXT.outOfRange(field.label, raw, result.message);
    default:
      return ROWS_TEXT.notNumber(field.label, raw);
  }
}

/** One cell read by its field's rule: the value, or the reason it is refused (without the row number). */
export function readCell(
  field: ImportField,
  raw: string,
): { ok: true; value: ImportValue | null } | { ok: false; reason: string } {
  const text = raw.trim();
  if (text === '') {
    return field.required
      ? { ok: false, reason: ROWS_TEXT.missing(field.label) }
      : { ok: true, value: null };
  }
  switch (field.kind) {
    case 'text':
      return text.length > TEXT_MAX
        ? { ok: false, reason: ROWS_TEXT.tooLong(field.label, TEXT_MAX) }
        : { ok: true, value: text };
    case 'number': {
      const read = numberProblem(field, text);
      return typeof read === 'number' ? { ok: true, value: read } : { ok: false, reason: read };
    }
    case 'date': {
      const iso = readDate(text);
      return iso
        ? { ok: true, value: iso }
        : { ok: false, reason: ROWS_TEXT.notDate(field.label, text) };
    }
    case 'choice': {
      const value = readChoice(text, field.choices);
      if (value !== null) return { ok: true, value };
      const names = field.choices.map((c) => c.label).join(ROWS_TEXT.choiceSeparator);
      return { ok: false, reason: ROWS_TEXT.notChoice(field.label, text, names) };
    }
  }
}

export interface ReadRowsOptions {
  /** Skip the first non-blank record (the header row). */
  hasHeader: boolean;
  /** At most this many rows are accepted; valid rows past it are counted in `overLimit`. */
  limit?: number;
}

/**
 * Every record read with the mapping: blank records are skipped, a record with a bad or
 * missing value is refused with all its reasons, the rest are accepted in order.
 */
export function readRows(
  rows: readonly SourceRow[],
  mapping: ColumnMapping,
  fields: readonly ImportField[],
  options: ReadRowsOptions,
): ImportResult {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const mapped = mapping.map((key) => (key === null ? null : (byKey.get(key) ?? null)));
  // A required field no column maps to: every row is missing it.
  const unmapped = fields.filter((f) => f.required && !mapping.includes(f.key));
  const accepted: AcceptedRow[] = [];
  const refused: RefusedRow[] = [];
  let overLimit = 0;
  let headerSkipped = !options.hasHeader;
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    if (!headerSkipped) {
      headerSkipped = true;
      continue;
    }
    const values: Record<string, ImportValue> = {};
    const reasons: string[] = [];
    mapped.forEach((field, c) => {
      if (!field) return;
      const read = readCell(field, row.cells[c] ?? '');
      if (!read.ok) reasons.push(read.reason);
      else if (read.value !== null) values[field.key] = read.value;
    });
    for (const field of unmapped) reasons.push(ROWS_TEXT.missing(field.label));
    if (reasons.length > 0) {
      refused.push({
        line: row.line,
        messages: reasons.map((r) => ROWS_TEXT.refused(row.line, r)),
      });
    } else if (options.limit !== undefined && accepted.length >= options.limit) overLimit++;
    else accepted.push({ line: row.line, values });
  }
  return { accepted, refused, overLimit };
}
