import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  endOfMonthAfter,
  formatChineseDate,
  isIsoDate,
  toIsoDate,
} from './dates';

describe('dates', () => {
  it('adds days across months, leap years and year ends', () => {
    expect(addDays('2027-01-04', 29)).toBe('2027-02-02');
    expect(addDays('2027-01-04', 59)).toBe('2027-03-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('formats a date the Chinese way with typography spaces', () => {
    expect(formatChineseDate('2027-03-31')).toBe('2027 年 3 月 31 日');
    expect(formatChineseDate('not a date')).toBe('not a date');
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('adds years and month ends', () => {
    expect(addYears('2026-11-28', 2)).toBe('2028-11-28');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(endOfMonthAfter('2026-11-28', 4)).toBe('2027-03-31');
    expect(endOfMonthAfter('2027-11-05', 3)).toBe('2028-02-29');
  });

  it('counts days and reads local dates', () => {
    expect(daysBetween('2026-11-28', '2026-12-01')).toBe(3);
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
