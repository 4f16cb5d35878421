import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exampleData, type GradingData } from './model';
import { gradingSheets } from './sheet';

const doc: WorksheetDocument<GradingData> = {
  exercise: 'customer-grading',
  id: 'doc1',
  title: '示例：区域客户分级与流失预警',
  schemaVersion: 1,
  createdAt: '2027-03-01T00:00:00.000Z',
  updatedAt: '2027-03-01T00:00:00.000Z',
  data: exampleData(),
};

const value = (cell: unknown) =>
  cell && typeof cell === 'object' && 'value' in cell ? (cell as { value: unknown }).value : null;

describe('gradingSheets on the chapters example', () => {
  const [, customers, pyramid] = gradingSheets(doc);

  it('writes each customer with its score, grade, risk points and level', () => {
    const chain = customers!.rows[4]!.map(value);
    expect(chain[0]).toBe('戊：区域连锁超市（12 家门店）');
    expect(chain[1]).toBe(320);
    expect(chain.slice(2, 6)).toEqual([4, 3, 3, 4]);
    expect(chain[6]).toBe(3.5);
    expect(chain[7]).toBe('C 维护型重点客户');
    expect(chain[8]).toBe('订货频次下降、回款延迟、关键联系人变动、竞争对手接触');
    // 近 3 个月 5 orders against 13 a year before; no purchase figures.
    expect(chain.slice(9, 13)).toEqual([5, 13, null, null]);
    expect(chain[13]).toBe(60);
    expect(chain[14]).toBe('红色：高风险');
    expect(customers!.rows[1]!.map(value).slice(6, 8)).toEqual([3.5, 'B 成长型重点客户']);
  });

  it('writes the pyramid with shares as fractions adding up to 1', () => {
    expect(pyramid!.rows.map((r) => r.map(value))).toEqual([
      ['A 战略合作伙伴', 1, 600, 0.425],
      ['B 成长型重点客户', 1, 80, 0.057],
      ['C 维护型重点客户', 2, 670, 0.475],
      ['D 开发型普通客户', 1, 60, 0.043],
    ]);
  });
});
