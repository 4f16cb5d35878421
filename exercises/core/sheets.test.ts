import { describe, expect, it } from 'vitest';
import {
  combineSheets,
  csvField,
  csvNumber,
  date,
  fieldsSheet,
  num,
  sheetNames,
  text,
  toCsv,
  type Sheet,
} from './sheets';

describe('cells', () => {
  it('keeps figures as numbers with their format, and no figure as an empty cell', () => {
    expect(num(12.5, '0.00')).toEqual({ kind: 'number', value: 12.5, format: '0.00' });
    expect(num(null, '0.00')).toBeNull();
    expect(num(Number.NaN, '0.0%')).toBeNull();
  });

  it('makes a date cell of YYYY-MM-DD only; other text stays text', () => {
    expect(date('2027-03-31')).toEqual({ kind: 'date', value: '2027-03-31' });
    expect(date('下月底')).toEqual({ kind: 'text', value: '下月底' });
    expect(date('  ')).toBeNull();
  });

  it('leads a fields sheet with the document name', () => {
    const sheet = fieldsSheet('概况', { title: '华东' }, [['日期', date('2026-12-01')]]);
    expect(sheet.columns.map((c) => c.header)).toEqual(['项目', '内容']);
    expect(sheet.rows).toEqual([
      [text('文档名称'), text('华东')],
      [text('日期'), { kind: 'date', value: '2026-12-01' }],
    ]);
  });
});

describe('sheetNames', () => {
  it('replaces what Excel refuses, cuts to 31 characters and keeps names unique', () => {
    expect(sheetNames(['a/b', 'x'.repeat(40), '价格链', '价格链', ''])).toEqual([
      'a-b',
      'x'.repeat(31),
      '价格链',
      '价格链(2)',
      'Sheet5',
    ]);
  });
});

describe('CSV', () => {
  it('writes numbers as their format shows them, percents with %', () => {
    expect(csvNumber(0.25, '0.0%')).toBe('25.0%');
    expect(csvNumber(0.24670433, '0.0%')).toBe('24.7%');
    expect(csvNumber(55.2, '0.00')).toBe('55.20');
    expect(csvNumber(64800, '#,##0.00')).toBe('64800.00');
    expect(csvNumber(1200, '#,##0')).toBe('1200');
    expect(csvNumber(1.5, 'General')).toBe('1.5');
    expect(csvNumber(-0.001, '0.00')).toBe('0.00');
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField(text('plain 文本'))).toBe('plain 文本');
    expect(csvField(text('a,b'))).toBe('"a,b"');
    expect(csvField(text('他说"好"'))).toBe('"他说""好"""');
    expect(csvField(text('一\r\n二'))).toBe('"一\n二"');
    expect(csvField(text(' 前有空格'))).toBe('" 前有空格"');
    expect(csvField(null)).toBe('');
    expect(csvField(date('2026-12-01'))).toBe('2026-12-01');
  });

  it('keeps text that looks like a formula from running', () => {
    expect(csvField(text('=1+1'))).toBe("'=1+1");
    expect(csvField(text('-4 个百分点'))).toBe("'-4 个百分点");
    expect(csvField(text('@SUM(A1)'))).toBe("'@SUM(A1)");
    expect(csvField(num(-4, '0'))).toBe('-4');
  });

  const price: Sheet = {
    name: '价格链',
    columns: [{ header: '层级' }, { header: '毛利率' }],
    rows: [[text('经销商'), num(0.25, '0.0%')]],
  };
  const volume: Sheet = {
    name: '数量折扣',
    columns: [{ header: '起（件）' }],
    rows: [[num(501, '#,##0')]],
  };

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv([price])).toBe('\uFEFF层级,毛利率\r\n经销商,25.0%\r\n');
  });

  it('writes several sheets as sections: name, header, rows, then a blank line', () => {
    expect(toCsv([price, volume])).toBe(
      '\uFEFF价格链\r\n层级,毛利率\r\n经销商,25.0%\r\n\r\n数量折扣\r\n起（件）\r\n501\r\n',
    );
  });
});

describe('combineSheets', () => {
  it('puts every document’s rows in one sheet per part, led by the document name', () => {
    const a: Sheet = { name: '条目', columns: [{ header: '条目' }], rows: [[text('快')]] };
    const b: Sheet = {
      name: '条目',
      columns: [{ header: '条目' }],
      rows: [[text('慢')], [text('贵')]],
    };
    const c: Sheet = { name: '策略', columns: [{ header: '策略' }], rows: [] };
    const out = combineSheets([
      { title: '1. 张伟', sheets: [a, c] },
      { title: '2. 李娜', sheets: [b, c] },
    ]);
    expect(out.map((s) => s.name)).toEqual(['条目', '策略']);
    expect(out[0].columns.map((col) => col.header)).toEqual(['文档', '条目']);
    expect(out[0].rows).toEqual([
      [text('1. 张伟'), text('快')],
      [text('2. 李娜'), text('慢')],
      [text('2. 李娜'), text('贵')],
    ]);
    expect(out[1].rows).toEqual([]);
  });
});
