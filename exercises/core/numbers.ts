/**
 * Parsing what people type into number fields, and formatting numbers for display.
 * Both never produce NaN, Infinity or -0.
 */
import { NUMBER_TEXT } from './strings';

export interface ParseNumberOptions {
  /** Accept a trailing % (the value is returned as typed, with `percent: true`). */
  allowPercent?: boolean;
  allowNegative?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

export type ParseNumberErrorReason =
  'empty' | 'invalid' | 'percent' | 'negative' | 'integer' | 'range';

export type ParseNumberResult =
  | { ok: true; value: number; percent?: boolean }
  | { ok: false; reason: ParseNumberErrorReason; message: string };

/** Largest magnitude we accept: beyond this doubles stop counting exactly. */
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

const formatters = new Map<string, Intl.NumberFormat>();

/** Format with zh-CN conventions; non-finite values show as —, and -0 prints as 0. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const max = options.maximumFractionDigits ?? 2;
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const rounded = roundTo(value, max);
  const key = `${max}|${min}|${options.grouping !== false}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('zh-CN', {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
      useGrouping: options.grouping !== false,
    });
    formatters.set(key, formatter);
  }
  const text = formatter.format(Math.abs(rounded));
  if (rounded < 0) return `-${text}`;
  return options.sign && rounded > 0 ? `+${text}` : text;
}
