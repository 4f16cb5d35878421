import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { date, num, text, type Sheet } from './sheets';
import { toXlsx } from './xlsx';

describe('toXlsx', () => {
  it('writes numbers as numbers with their format, dates as dates, Chinese text intact', async () => {
    const sheets: Sheet[] = [
      {
        name: '价格链',
        columns: [{ header: '层级' }, { header: '进价' }, { header: '毛利率' }, { header: '日期' }],
        rows: [[text('经销商'), num(60, '0.00'), num(0.25, '0.0%'), date('2027-03-31')]],
      },
      { name: '数量折扣', columns: [{ header: '起（件）' }], rows: [[num(501, '#,##0')]] },
    ];
    const bytes = await toXlsx(sheets);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['价格链', '数量折扣']);
    const ws = book.getWorksheet('价格链')!;
    expect(ws.getRow(1).values).toEqual([undefined, '层级', '进价', '毛利率', '日期']);
    expect(ws.getCell('A2').value).toBe('经销商');
    expect(ws.getCell('B2').value).toBe(60);
    expect(ws.getCell('B2').numFmt).toBe('0.00');
    expect(ws.getCell('C2').value).toBe(0.25);
    expect(ws.getCell('C2').numFmt).toBe('0.0%');
    expect((ws.getCell('D2').value as Date).toISOString()).toBe('2027-03-31T00:00:00.000Z');
    expect(book.getWorksheet('数量折扣')!.getCell('A2').value).toBe(501);
  });
});
