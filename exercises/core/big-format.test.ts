import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatRate, formatRatio } from './big-format';

describe('big-format', () => {
  it('shows amounts with up to two decimals, grouped, half away from zero', () => {
    expect(formatAmount(new Big('1234.5'))).toBe('1,234.5');
    expect(formatAmount(new Big('162.5'))).toBe('162.5');
    expect(formatAmount(new Big('0.005'))).toBe('0.01');
    expect(formatAmount(new Big('-0.001'))).toBe('0');
  });

  it('shows rates in percent with one decimal and ratios with two', () => {
    expect(formatRate(new Big('0.88888'))).toBe('88.9%');
    expect(formatRate(new Big('0.25'))).toBe('25%');
    expect(formatRatio(new Big('2.2222'))).toBe('2.22');
  });
});
