import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  QUANTITY_INPUT,
  quantityInput,
  type QuantityKind,
  formatNumber,
  groupDigits,
  numberOrNull,
  parseNumberInput,
  roundTo,
} from './numbers';

describe('parseNumberInput accepts what people type', () => {
  it.each([
    ['123', 123],
    [' 42 ', 42],
    ['１２３', 123],
    ['１２．５', 12.5],
    ['1,234.5', 1234.5],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['.5', 0.5],
    ['+7', 7],
    ['0', 0],
    ['0.00', 0],
    ['\u3000８８\u3000', 88],
  ])('%j → %d', (raw, expected) => {
    expect(parseNumberInput(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['¥1,200', 1200],
    ['￥ 99.9', 99.9],
    ['300元', 300],
    ['300 元', 300],
  ])('money %j → %d when currency marks are allowed', (raw, expected) => {
    expect(parseNumberInput(raw, { allowCurrency: true })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['12.5%', 12.5],
    ['１２．５％', 12.5],
    ['30 %', 30],
  ])('percent %j → %d with percent flag', (raw, expected) => {
    expect(parseNumberInput(raw, { allowPercent: true })).toEqual({
      ok: true,
      value: expected,
      percent: true,
    });
  });

  it.each([
    ['-5', -5],
    ['－５', -5],
    ['−3.5', -3.5],
    ['-¥20', -20],
    ['¥-20', -20],
  ])('negative %j → %d when allowed', (raw, expected) => {
    expect(parseNumberInput(raw, { allowNegative: true, allowCurrency: true })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it('never returns -0', () => {
    const result = parseNumberInput('-0', { allowNegative: true });
    expect(result.ok && Object.is(result.value, -0)).toBe(false);
    expect(result).toEqual({ ok: true, value: 0 });
  });
});

describe('parseNumberInput rejects with a Chinese message', () => {
  it.each([
    ['', 'empty', '请填写此项'],
    ['   ', 'empty', '请填写此项'],
    ['abc', 'invalid', '请输入数字'],
    ['12a', 'invalid', '请输入数字'],
    ['1.2.3', 'invalid', '请输入数字'],
    ['NaN', 'invalid', '请输入数字'],
    ['Infinity', 'invalid', '请输入数字'],
    ['--5', 'invalid', '请输入数字'],
    ['¥', 'invalid', '请输入数字'],
    ['1e20', 'invalid', '请直接输入数字，不支持科学计数法（如 1e5）'],
    ['2E-3', 'invalid', '请直接输入数字，不支持科学计数法（如 1e5）'],
    ['1,23', 'invalid', '千分位格式不正确，例如应写作 1,234.5'],
    ['-5', 'negative', '不能为负数'],
    ['5%', 'percent', '此处只填数字，不要带 %'],
    ['¥12', 'currency', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
    ['12 元', 'currency', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
    ['9999999999999999', 'range', '数值过大'],
  ])('%j → %s', (raw, reason, message) => {
    expect(parseNumberInput(raw)).toEqual({ ok: false, reason, message });
  });

  it('distinguishes empty from invalid', () => {
    expect(parseNumberInput(undefined)).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseNumberInput('x')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('checks integers and bounds', () => {
    expect(parseNumberInput('2.5', { integer: true })).toMatchObject({ message: '请输入整数' });
    expect(parseNumberInput('3', { min: 5 })).toMatchObject({ message: '不能小于 5' });
    expect(parseNumberInput('12,000', { max: 10000 })).toMatchObject({
      message: '不能大于 10,000',
    });
    expect(parseNumberInput('10000', { max: 10000 })).toEqual({ ok: true, value: 10000 });
  });

  it('numberOrNull gives null for empty or invalid text', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('x')).toBeNull();
    expect(numberOrNull('1,000')).toBe(1000);
  });
});

describe('formatNumber', () => {
  it.each([
    [1234.5, {}, '1,234.5'],
    [1234.567, {}, '1,234.57'],
    [0.5, { minimumFractionDigits: 2 }, '0.50'],
    [-0, {}, '0'],
    [-0.001, {}, '0'],
    [-1234, {}, '-1,234'],
    [75, { sign: true }, '+75'],
    [0, { sign: true }, '0'],
    [2.5, { maximumFractionDigits: 0 }, '3'],
    [1234, { grouping: false }, '1234'],
    [Number.NaN, {}, '—'],
    [Number.POSITIVE_INFINITY, {}, '—'],
  ])('%d with %j → %s', (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it('roundTo rounds half away from zero and avoids float drift', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });
});

describe('groupDigits and formatDecimal (zh-CN without Intl)', () => {
  it('groups the integer part in threes and keeps the sign and decimals', () => {
    expect(groupDigits('0')).toBe('0');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('-1234567.50')).toBe('-1,234,567.50');
    expect(groupDigits('123456.7891')).toBe('123,456.7891');
  });

  it('writes what Intl.NumberFormat zh-CN writes, for many values and digit settings', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 16);
      const value = i % 7 === 0 ? Math.round(random() * 1000) / 8 : random() * magnitude;
      const max = Math.floor(random() * 5);
      const min = Math.floor(random() * (max + 1));
      const grouping = i % 3 !== 0;
      const intl = new Intl.NumberFormat('zh-CN', {
        maximumFractionDigits: max,
        minimumFractionDigits: min,
        useGrouping: grouping,
      });
      expect(formatDecimal(value, max, min, grouping), `${value} ${max} ${min}`).toBe(
        intl.format(value),
      );
    }
  });

  it('falls back to Intl beyond the range toFixed writes out', () => {
    expect(formatDecimal(1.5e21, 0)).toBe('1,500,000,000,000,000,000,000');
  });
});

describe('one input rule per kind of quantity', () => {
  const CURRENCY = '此处不是金额，请只填数字，不要带 ¥ 或「元」';
  const PERCENT = '此处只填数字，不要带 %';
  // [kind, typed, value or the message it is refused with]
  it.each<[QuantityKind, string, number | string]>([
    ['percent', '50', 50],
    ['percent', '50%', 50],
    ['percent', '５０％', 50],
    ['percent', '12.5 %', 12.5],
    ['percent', '¥12', CURRENCY],
    ['percent', '12元', CURRENCY],
    ['money', '¥1,234.5', 1234.5],
    ['money', '１２３', 123],
    ['money', '1,299 元', 1299],
    ['money', '$5', 5],
    ['money', '50%', PERCENT],
    ['count', '1,200', 1200],
    ['count', '１２', 12],
    ['count', '12.5', '请输入整数'],
    ['count', '¥12', CURRENCY],
    ['count', '12%', PERCENT],
    ['number', '2', 2],
    ['number', '0.75', 0.75],
    ['number', '¥2', CURRENCY],
    ['number', '2%', PERCENT],
  ])('%s: %j → %j', (kind, raw, expected) => {
    const result = parseNumberInput(raw, QUANTITY_INPUT[kind]);
    if (typeof expected === 'number') expect(result).toMatchObject({ ok: true, value: expected });
    else expect(result).toMatchObject({ ok: false, message: expected });
  });

  it('adds a field’s limits to its kind’s rule', () => {
    expect(quantityInput('percent', { max: 100 })).toEqual({ allowPercent: true, max: 100 });
    expect(parseNumberInput('120%', quantityInput('percent', { max: 100 })).ok).toBe(false);
  });

  it('refuses a value with both % and a currency mark', () => {
    const both = { allowPercent: true, allowCurrency: true };
    expect(parseNumberInput('¥50%', both)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
