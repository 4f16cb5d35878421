/**
 * Exact decimal arithmetic for prices (big.js, never JS floats), the one rounding rule
 * (四舍五入到分, ROUND_HALF_UP to 0.01), exact field values and display formatting; the
 * input convention of each kind of field is in read.ts, re-exported here. Nothing here
 * returns or prints NaN, Infinity or -0.
 */
import Big from 'big.js';
import { groupDigits } from '../core/numbers';
import { readField, type FieldRule } from './read';
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

/**
 * Rounded up to 分, for a price set to reach a markup or a margin: half-up could land just
 * below the rate it was set for (4.15 ÷ 0.9 = 4.6111… → 4.61 is a 9.98 % margin; 4.62 meets 10 %).
 */
export function toFenUp(value: Big): Big {
  const rounded = value.round(2, Big.roundUp);
  return rounded.eq(0) ? ZERO : rounded;
}

/** part ÷ whole, or null when the whole is zero or negative (no ratio to show). */
export function ratio(part: Big, whole: Big): Big | null {
  return whole.gt(0) ? part.div(whole) : null;
}

// ——— Input conventions (read.ts) ———

export { RULE, readField, readAs, formatCount, type FieldRule } from './read';

/** The exact value of a field, or null when it is empty or not valid. */
export function fieldValue(raw: string, rule: FieldRule): Big | null {
  const result = readField(raw, rule);
  return result.ok ? dec(result.value) : null;
}

// ——— Display ———

/** 1,299.00 — rounded to 分 (the stated rule), from the exact decimal string. */
export function formatYuan(value: Big): string {
  return groupDigits(toFen(value).toFixed(2));
}

/**
 * A unit cost, which may be typed to four decimals (cheap goods: 0.3456): its own digits,
 * at least two («40.00», «0.3456»). Prices and margins stay at 分 (formatYuan).
 */
export function formatCost(value: Big): string {
  const digits = Math.min(4, Math.max(2, value.eq(0) ? 0 : value.c.length - value.e - 1));
  return groupDigits(value.round(digits, Big.roundHalfUp).toFixed(digits));
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
 * A retail price ending:
 * 尾数 .9 向上 → the nearest X.90 at or above the price (87.43 → 87.90, 87.95 → 88.90, 12.00 → 12.90);
 * 尾数 .9 向下 → the nearest X.90 at or below it (12.00 → 11.90, 12.95 → 12.90), the usual
 * charm price, which the last seller pays for out of its margin;
 * 取整到元 → the next whole yuan (87.43 → 88.00). Zero and negative prices, and a price with no
 * X.90 above zero below it, are left alone.
 */
export function applyEnding(price: Big, ending: PriceEnding): Big {
  if (ending === 'none' || price.lte(0)) return price;
  if (ending === 'yuan') return price.round(0, Big.roundUp);
  const nine = price.round(0, Big.roundDown).plus('0.9');
  if (ending === 'nine-down') {
    const below = nine.gt(price) ? nine.minus(1) : nine;
    return below.gt(0) ? below : price;
  }
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
