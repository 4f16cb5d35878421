import { describe, expect, it } from 'vitest';
import { byteLength, safeFileName, spaceCjk } from './text';

describe('spaceCjk', () => {
  it.each([
    ['从20家提升到35家', '从 20 家提升到 35 家'],
    ['在2027年3月31日前', '在 2027 年 3 月 31 日前'],
    ['达到25%的增长', '达到 25% 的增长'],
    ['使用CRM系统', '使用 CRM 系统'],
    ['已有空格 20 家', '已有空格 20 家'],
    ['（+75%）', '（+75%）'],
  ])('%j → %j', (input, expected) => {
    expect(spaceCjk(input)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['华东区 新客户/开发?', '华东区-新客户-开发'],
    ['  ', 'worksheet'],
    ['a:b*c', 'a-b-c'],
    ['Ｑ１目标', 'Q1目标'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(safeFileName('长'.repeat(100))).toHaveLength(40);
  });

  it('counts UTF-8 bytes', () => {
    expect(byteLength('a目')).toBe(4);
  });
});
