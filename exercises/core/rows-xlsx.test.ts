import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readXlsxRows } from './rows-xlsx';

describe('cellText', () => {
  it.each([
    [null, ''],
    [1234.5, '1234.5'],
    ['华东', '华东'],
    [new Date(Date.UTC(2027, 2, 31)), '2027-03-31'],
    [{ richText: [{ text: '华' }, { text: '东' }] }, '华东'],
    [{ formula: 'A1*2', result: 24 }, '24'],
    [{ text: '链接', hyperlink: 'https://example.com' }, '链接'],
    [{ error: '#DIV/0!' }, ''],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('readXlsxRows', () => {
  it('reads the first sheet with row numbers, dates and empty cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('商机');
    sheet.addRow(['客户名称', '金额', '阶段', '预计成交日期']);
    sheet.addRow(['华东机电', 1234.5, '谈判', new Date(Date.UTC(2027, 2, 31))]);
    sheet.addRow([]);
    sheet.addRow(['华南贸易', null, '报价']);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const rows = await readXlsxRows(bytes);
    expect(rows.filter((r) => r.cells.length > 0)).toEqual([
      { line: 1, cells: ['客户名称', '金额', '阶段', '预计成交日期'] },
      { line: 2, cells: ['华东机电', '1234.5', '谈判', '2027-03-31'] },
      { line: 4, cells: ['华南贸易', '', '报价'] },
    ]);
  });

  it('throws on bytes that are no .xlsx', async () => {
    await expect(readXlsxRows(new TextEncoder().encode('a,b\n'))).rejects.toThrow();
  });
});
