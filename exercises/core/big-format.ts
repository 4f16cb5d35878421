/** Exact decimals (big.js) as worksheets show them: amounts with up to two decimals, rates in percent. */
import type Big from 'big.js';
import { groupDigits } from './numbers';

/** 1234.5 → 1,234.5; 162.5 → 162.5; half away from zero to two decimals. */
export function formatAmount(value: Big): string {
  const fixed = value
    .round(2, 1)
    .toFixed(2)
    .replace(/\.?0+$/, '');
  return groupDigits(fixed === '-0' ? '0' : fixed);
}

/** A fraction as a percent with one decimal: 0.8889 → 88.9%. */
export function formatRate(value: Big): string {
  const fixed = value.times(100).round(1, 1).toFixed(1).replace(/\.0$/, '');
  return `${fixed}%`;
}

/** A ratio with two decimals: 2.2222 → 2.22. */
export function formatRatio(value: Big): string {
  return value.round(2, 1).toFixed(2);
}
