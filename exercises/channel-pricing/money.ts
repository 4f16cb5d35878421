/**
 * Exact decimal arithmetic for prices (big.js, never JS floats), the one rounding rule
 * (四舍五入到分, ROUND_HALF_UP to 0.01), the input convention of each kind of field, and
 * display formatting. Nothing here returns or prints NaN, Infinity or -0.
 */
import Big from 'big.js';
import { NUMBER_TEXT } from '../core/strings';
import { formatDecimal, groupDigits, parseNumberInput } from '../core/numbers';
import type { PriceBasis, PriceEnding } from './schema';
import { INPUT } from './strings';

// A private constructor, so our settings never leak into other users of big.js.
const Dec = Big();
Dec.DP = 20;
Dec.RM = Big.roundHalfUp;

export type Decimal = Big;

export function dec(value: string | number | Big): Big {
  return new Dec(value);
}

export const ZERO = dec(0);
export const ONE = dec(1);
export const HUNDRED = dec(100);
const TEN = dec(10);

/** 四舍五入到分: the one rounding rule for amounts. Halves go away from zero (2.675 → 2.68). */
export function toFen(value: Big): Big {
  const rounded = value.round(2, Big.roundHalfUp);
  return rounded.eq(0) ? ZERO : rounded;
}

/** part ÷ whole, or null when the whole is zero or negative (no ratio to show). */
export function ratio(part: Big, whole: Big): Big | null {
  return whole.gt(0) ? part.div(whole) : null;
}

// ——— Input conventions ———

export interface FieldRule {
  /** yuan: 元, at most `decimals` places · percent: a number of %, a trailing % is fine ·
   *  zhe: a number of 折 (6 = 6 折 = 60 %), a trailing 折 is fine, % is refused · count: whole units. */
  unit: 'yuan' | 'percent' | 'zhe' | 'count';
  decimals: number;
  min?: number;
  max?: number;
  /** The value must stay below this (a margin of 100 % would need an infinite price). */
  below?: number;
  /** Message when the value reaches `below` or exceeds `max`. */
  tooHigh?: string;
}

export const RULE = {
  money: { unit: 'yuan', decimals: 2, max: 1e9 },
  vat: { unit: 'percent', decimals: 2, max: 100 },
  markup: { unit: 'percent', decimals: 2, max: 1000 },
  margin: { unit: 'percent', decimals: 2, below: 100, tooHigh: INPUT.marginTooHigh },
  extraOff: { unit: 'percent', decimals: 2, max: 100 },
  zhe: { unit: 'zhe', decimals: 2, max: 10, tooHigh: INPUT.zheTooHigh },
  count: { unit: 'count', decimals: 0, min: 1, max: 1e9 },
} as const satisfies Record<string, FieldRule>;

export type FieldResult = { ok: true; value: Big } | { ok: false; empty: boolean; message: string };

const fail = (message: string, empty = false): FieldResult => ({ ok: false, empty, message });

/** Digits after the decimal point as typed, trailing zeros ignored ("1,299.00" → 0). */
function typedDecimals(text: string): number {
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/**
 * Read a typed value by the field's rule. Core's parseNumberInput handles full-width digits,
 * thousands separators, ¥/元 and exponent refusal; the limits and units here are ours.
 */
export function readField(raw: string, rule: FieldRule): FieldResult {
  let text = (raw ?? '').normalize('NFKC').trim();
  if (rule.unit === 'zhe') {
    if (/%$/.test(text)) return fail(INPUT.zhePercent);
    text = text.replace(/\s*折$/, '');
  }
  const parsed = parseNumberInput(text, {
    allowPercent: rule.unit === 'percent',
    allowNegative: (rule.min ?? 0) < 0,
    integer: rule.unit === 'count',
  });
  if (!parsed.ok) return fail(parsed.message, parsed.reason === 'empty');
  const places = typedDecimals(text);
  if (places > rule.decimals) {
    return fail(rule.unit === 'yuan' ? INPUT.moneyDecimals : INPUT.decimals(rule.decimals));
  }
  // Whole numbers up to 1e9 with a few decimals: String(number) gives back the typed digits.
  const value = dec(parsed.value);
  if (rule.min !== undefined && value.lt(rule.min)) return fail(NUMBER_TEXT.min(plain(rule.min)));
  if (rule.below !== undefined && value.gte(rule.below)) return fail(rule.tooHigh ?? INPUT.below);
  if (rule.max !== undefined && value.gt(rule.max)) {
    return fail(rule.tooHigh ?? NUMBER_TEXT.max(plain(rule.max)));
  }
  return { ok: true, value };
}

/** The value of a field, or null when it is empty or not valid. */
export function fieldValue(raw: string, rule: FieldRule): Big | null {
  const result = readField(raw, rule);
  return result.ok ? result.value : null;
}

// ——— Display ———

function plain(n: number): string {
  return (n < 0 ? '-' : '') + formatDecimal(Math.abs(n), 4);
}

/** 1,299.00 — rounded to 分 (the stated rule), from the exact decimal string. */
export function formatYuan(value: Big): string {
  return groupDigits(toFen(value).toFixed(2));
}

/** A ratio as a percentage with `digits` places (default 1): 0.33333 → 33.3%. */
export function formatPercent(value: Big, digits = 1): string {
  let shown = value.times(HUNDRED).round(digits, Big.roundHalfUp);
  if (shown.eq(0)) shown = ZERO;
  return `${shown.toFixed(digits)}%`;
}

/**
 * Two percentages that differ, shown so that they also look different: a margin of 14.96 %
 * against a minimum of 15 % reads «14.96%», not «15.0% 低于 15.0%».
 */
export function formatPercentApart(value: Big, other: Big): [string, string] {
  for (let digits = 1; digits < 4; digits++) {
    const pair: [string, string] = [formatPercent(value, digits), formatPercent(other, digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [formatPercent(value, 4), formatPercent(other, 4)];
}

/** A typed number as written back in formulas: 10, 7.5, 13 (no float noise). */
export function formatTyped(value: Big): string {
  return value.eq(0) ? '0' : value.toFixed();
}

/** A price factor in 折: 0.8 → 「8 折」, 0.75 → 「7.5 折」. */
export function formatZhe(factor: Big): string {
  return INPUT.zheValue(formatTyped(factor.times(TEN).round(4, Big.roundHalfUp)));
}

// ——— Tax, endings, stacked discounts ———

/** 不含税价 = 含税价 ÷ (1 + 税率), rounded to 分 like the amount on a VAT invoice. */
export function toNet(gross: Big, vatRate: Big): Big {
  return toFen(gross.div(ONE.plus(vatRate)));
}

/** 含税价 = 不含税价 × (1 + 税率), rounded to 分. */
export function toGross(net: Big, vatRate: Big): Big {
  return toFen(net.times(ONE.plus(vatRate)));
}

/** The same price in the other basis, or null without a valid tax rate. */
export function otherBasis(value: Big | null, basis: PriceBasis, vatRate: Big | null): Big | null {
  if (value === null || vatRate === null) return null;
  return basis === 'gross' ? toNet(value, vatRate) : toGross(value, vatRate);
}

/**
 * A retail price ending, always rounding up so that no tier loses margin:
 * 尾数 .9 → the nearest X.90 at or above the price (87.43 → 87.90, 87.95 → 88.90);
 * 取整到元 → the next whole yuan (87.43 → 88.00). Zero and negative prices are left alone.
 */
export function applyEnding(price: Big, ending: PriceEnding): Big {
  if (ending === 'none' || price.lte(0)) return price;
  if (ending === 'yuan') return price.round(0, Big.roundUp);
  const nine = price.round(0, Big.roundDown).plus('0.9');
  return nine.lt(price) ? nine.plus(1) : nine;
}

/** Discounts stack by multiplying (折上折): 8 折 then 再降 50 % leaves 40 %, not 30 %. */
export function stackFactors(factors: readonly Big[]): { remaining: Big; off: Big } {
  const remaining = factors.reduce((acc, f) => acc.times(f), ONE);
  return { remaining, off: ONE.minus(remaining) };
}

/** Shown where a figure cannot be worked out yet. */
export const DASH = '—';

export function showYuan(value: Big | null | undefined): string {
  return value ? formatYuan(value) : DASH;
}

export function showPercent(value: Big | null | undefined): string {
  return value ? formatPercent(value) : DASH;
}

/** 1,200 */
export function formatCount(n: number): string {
  return (n < 0 ? '-' : '') + formatDecimal(Math.abs(n), 0);
}

/**
 * How a value typed in another form was read («¥1,299» → «按 1,299.00 计算»), or null when
 * the text already is the plain number (units like % and 折 aside).
 */
export function readAs(raw: string, rule: FieldRule): string | null {
  const result = readField(raw, rule);
  if (!result.ok) return null;
  const bare = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[%折元]$/, '');
  const value = result.value;
  if (bare === value.toFixed()) return null;
  const shown =
    rule.unit === 'yuan'
      ? formatYuan(value)
      : rule.unit === 'zhe'
        ? formatZhe(value.div(TEN))
        : rule.unit === 'percent'
          ? `${formatTyped(value)}%`
          : formatCount(value.toNumber());
  return INPUT.readAs(shown);
}
