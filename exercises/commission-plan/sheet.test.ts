import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exampleData, type CommissionData } from './model';
import { commissionSheets } from './sheet';

const doc: WorksheetDocument<CommissionData> = {
  exercise: 'commission-plan',
  id: 'doc1',
  title: '示例：区域团队提成方案',
  schemaVersion: 1,
  createdAt: '2027-03-01T00:00:00.000Z',
  updatedAt: '2027-03-01T00:00:00.000Z',
  data: exampleData(),
};

const values = (row: readonly unknown[]) =>
  row.map((c) => (c && typeof c === 'object' && 'value' in c ? c.value : null));

describe('commissionSheets on the chapter example', () => {
  const sheets = commissionSheets(doc);

  it('writes the plan and the totals: 45,000 of pay, 27,000 of commission', () => {
    const plan = Object.fromEntries(sheets[0]!.rows.map((r) => values(r)));
    expect(plan['底薪']).toBe(6000);
    expect(plan['回款比例']).toBe(1);
    expect(plan['封顶']).toBe('不封顶');
    expect(plan['提成合计']).toBe(27000);
    expect(plan['收入合计（底薪 + 提成）']).toBe(45000);
    expect(plan['销售费用率（收入合计 ÷ 实际销售额合计）']).toBe(0.0333);
  });

  it('writes tiers as real fractions, each rep with the steps and pay, and the curve', () => {
    expect(sheets[1]!.rows.map(values)).toEqual([
      [0, 0.02],
      [0.6, 0.03],
      [1, 0.04],
    ]);
    expect(values(sheets[3]!.rows[2]!)).toEqual([
      '丙',
      500000,
      700000,
      126000,
      700000,
      null,
      1.4,
      '累进 20,000 × 毛利系数 0.6（毛利率 18%） × 回款 100% = 12,000',
      12000,
      18000,
    ]);
    expect(sheets[4]!.rows).toHaveLength(21);
    expect(values(sheets[4]!.rows[10]!)).toEqual([1, 18000, 26000]);
  });
});
