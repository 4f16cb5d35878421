/**
 * Parsing what people type into number fields, and formatting numbers for display.
 * Both never produce NaN, Infinity or -0. Every worksheet field reads its value with the
 * rule of its kind of quantity (`QUANTITY_INPUT`), so the same text means the same everywhere.
 */
import { NUMBER_TEXT } from './strings';

export interface ParseNumberOptions {
  /** Accept a trailing % (the value is returned as typed, with `percent: true`). */
  allowPercent?: boolean;
  /** Accept a currency mark: ¥ or $ before, 元 after. */
  allowCurrency?: boolean;
  allowNegative?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

export type ParseNumberErrorReason =
  'empty' | 'invalid' | 'percent' | 'currency' | 'negative' | 'integer' | 'range';

export type ParseNumberResult =
  | { ok: true; value: number; percent?: boolean }
  | { ok: false; reason: ParseNumberErrorReason; message: string };

/** Largest magnitude we accept: beyond this doubles stop counting exactly. */
/**
 * A number field's text as read (`NumberField`): by core's rule, or by a worksheet's own
 * (channel pricing reads 折, % and 到分 its way).
 */
export interface NumberReading {
  /** What is wrong with the text; null when it reads, or is empty. */
  error: string | null;
  empty: boolean;
  /** How the text was read, when that differs from what was typed («按 1,000.00 计算»). */
  note?: string | null;
}

export const MAX_ABS_NUMBER = 1e15;

const PLAIN = /^(\d+)(\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function fail(reason: ParseNumberErrorReason, message: string): ParseNumberResult {
  return { ok: false, reason, message };
}

/** Parse a number typed by a person: full-width digits, 1,234.5, ¥/元, %, spaces. */
export function parseNumberInput(
  raw: string | null | undefined,
  options: ParseNumberOptions = {},
): ParseNumberResult {
  // NFKC folds full-width digits and punctuation (１２．５，％￥) to their ASCII forms.
  let text = (raw ?? '')
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .trim();
  if (text === '') return fail('empty', NUMBER_TEXT.empty);

  let negative = false;
  let percent = false;
  let currency = false;
  let sawSign = false;
  let progress = true;
  // Peel signs, currency marks and a trailing % in any sensible order: -¥5, ¥-5, 5元, 12.5 %.
  while (progress) {
    progress = false;
    const before = text;
    if (/^[+-]/.test(text) && !sawSign) {
      negative = text[0] === '-';
      sawSign = true;
      text = text.slice(1).trim();
    }
    if (/^[¥$]/.test(text) || /元$/.test(text)) currency = true;
    if (/^[¥$]/.test(text)) text = text.slice(1).trim();
    if (/元$/.test(text)) text = text.slice(0, -1).trim();
    if (/%$/.test(text) && !percent) {
      percent = true;
      text = text.slice(0, -1).trim();
    }
    progress = text !== before;
  }

  if (/^[\d.,]+e[+-]?\d+$/i.test(text)) return fail('invalid', NUMBER_TEXT.exponent);
  let digits: string;
  if (PLAIN.test(text)) digits = text;
  else if (GROUPED.test(text)) digits = text.replace(/,/g, '');
  else if (/^[\d.,]+$/.test(text) && text.includes(',') && !/\..*\./.test(text)) {
    return fail('invalid', NUMBER_TEXT.thousands);
  } else return fail('invalid', NUMBER_TEXT.invalid);

  if (percent && !options.allowPercent) return fail('percent', NUMBER_TEXT.percentNotAllowed);
  if (currency && !options.allowCurrency) return fail('currency', NUMBER_TEXT.currencyNotAllowed);
  if (percent && currency) return fail('invalid', NUMBER_TEXT.invalid);

  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude) || magnitude > MAX_ABS_NUMBER) {
    return fail('range', NUMBER_TEXT.tooLarge);
  }
  // Adding 0 turns -0 into 0.
  const value = (negative ? -magnitude : magnitude) + 0;
  if (value < 0 && !options.allowNegative) return fail('negative', NUMBER_TEXT.negative);
  if (options.integer && !Number.isInteger(value)) return fail('integer', NUMBER_TEXT.integer);
  if (options.min !== undefined && value < options.min) {
    return fail('range', NUMBER_TEXT.min(formatNumber(options.min)));
  }
  if (options.max !== undefined && value > options.max) {
    return fail('range', NUMBER_TEXT.max(formatNumber(options.max)));
  }
  return percent ? { ok: true, value, percent: true } : { ok: true, value };
}

/**
 * The kinds of quantity worksheets ask for, each read by one rule wherever it appears:
 * - percent: 50, 50%, ５０％ (a number of percent); no currency mark;
 * - money: ¥1,234.5, 1234 元, １２３; no %;
 * - count: whole units (12, 1,200); no decimals, no currency mark, no %;
 * - number: a plain number (weights, 折); no currency mark, no %.
 * All take full-width digits and 1,234 grouping, and refuse 1e5.
 */
export type QuantityKind = 'percent' | 'money' | 'count' | 'number';

export const QUANTITY_INPUT: Readonly<Record<QuantityKind, Readonly<ParseNumberOptions>>> = {
  percent: { allowPercent: true },
  money: { allowCurrency: true },
  count: { integer: true },
  number: {},
};

/** The parse options of a kind of quantity, with a field's own limits. */
export function quantityInput(
  kind: QuantityKind,
  limits: Pick<ParseNumberOptions, 'allowNegative' | 'min' | 'max'> = {},
): ParseNumberOptions {
  return { ...QUANTITY_INPUT[kind], ...limits };
}

/** The number, or null when the text is empty or not a valid number. */
export function numberOrNull(raw: string, options?: ParseNumberOptions): number | null {
  const result = parseNumberInput(raw, options);
  return result.ok ? result.value : null;
}

export interface FormatNumberOptions {
  /** Digits after the decimal point at most (default 2). */
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
  /** Thousands separators (default true). */
  grouping?: boolean;
  /** Show a + before positive numbers. */
  sign?: boolean;
}

/** Round half away from zero to `digits` decimals; never returns -0. */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return 0;
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded + 0;
}

/**
 * Digits grouped the zh-CN way (groups of three, «,» and «.»): «-1234567.50» → «-1,234,567.50».
 * Done by hand rather than with Intl.NumberFormat: the first NumberFormat on a page sets up the
 * locale's data, tens of milliseconds of main-thread work on a phone while the worksheet loads.
 */
export function groupDigits(decimal: string): string {
  const sign = decimal.startsWith('-') ? '-' : '';
  const [int = '', frac] = decimal.slice(sign.length).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + grouped + (frac === undefined ? '' : `.${frac}`);
}

/**
 * `value` with `digits` decimals, rounded half away from zero on its shortest decimal form (the
 * digits String(value) shows), as Intl.NumberFormat reads a number: 1.005 → 1.01.
 */
function fixedDecimal(value: number, digits: number): string {
  const shortest = String(value);
  if (shortest.includes('e')) return value.toFixed(digits); // below 1e-6: no such digits typed
  const [int = '', frac = ''] = shortest.split('.');
  const up = (frac[digits] ?? '0') >= '5' ? 1n : 0n;
  const scaled = (BigInt(int + frac.slice(0, digits).padEnd(digits, '0')) + up)
    .toString()
    .padStart(digits + 1, '0');
  return digits ? `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}` : scaled;
}

/**
 * A non-negative number with at most `max` and at least `min` decimals, half away from zero
 * (as Intl.NumberFormat rounds), grouped or not.
 */
export function formatDecimal(value: number, max: number, min = 0, grouping = true): string {
  // toFixed writes numbers from 1e21 up in exponent form; Intl handles those (never typed here).
  if (value >= 1e21)
    return new Intl.NumberFormat('zh-CN', {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
      useGrouping: grouping,
    }).format(value);
  let text = fixedDecimal(value, max);
  if (max > min) {
    const [int = '', frac = ''] = text.split('.');
    let keep = frac.length;
    while (keep > min && frac[keep - 1] === '0') keep--;
    text = keep > 0 ? `${int}.${frac.slice(0, keep)}` : int;
  }
  return grouping ? groupDigits(text) : text;
}

/** Format with zh-CN conventions; non-finite values show as —, and -0 prints as 0. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const max = options.maximumFractionDigits ?? 2;
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const rounded = roundTo(value, max);
  const text = formatDecimal(Math.abs(rounded), max, min, options.grouping !== false);
  if (rounded < 0) return `-${text}`;
  return options.sign && rounded > 0 ? `+${text}` : text;
}

/** A number as the form shows it again (1234.5 → 1,234.5), for fields that store text. */
export function numberText(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 4 });
}
