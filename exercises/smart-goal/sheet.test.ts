import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { num, text, type Sheet } from '../core/sheets';
import { createData, exampleFor, type SmartGoalData } from './model';
import { smartGoalSheets } from './sheet';

const doc = (data: SmartGoalData): WorksheetDocument<SmartGoalData> => ({
  id: 'a',
  exercise: 'smart-goal',
  schemaVersion: 2,
  title: '华东区新客户开发',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  data,
});
const NOW = new Date('2026-12-06T08:00:00.000Z');
const field = (sheet: Sheet, label: string) =>
  sheet.rows.find((r) => r[0]?.kind === 'text' && r[0].value === label)?.[1];

describe('smartGoalSheets', () => {
  const example = exampleFor('2026-12-01');
  const sheets = smartGoalSheets(doc(example), NOW);

  it('has the goal, the checks, the milestones and the cascade', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '目标',
      'SMART 检查',
      '里程碑',
      '分解到期间',
      '分解到个人',
      '人员 × 月份',
      '达成率跟踪',
    ]);
  });

  it('writes baseline, target and change as numbers (20 → 35 家 is +75 %)', () => {
    const goal = sheets[0];
    expect(field(goal, '基线值')).toEqual(num(20, '#,##0'));
    expect(field(goal, '目标值')).toEqual(num(35, '#,##0'));
    expect(field(goal, '变化幅度')).toEqual(num(0.75, '0.0%'));
    expect(field(goal, '截止日期')).toEqual({ kind: 'date', value: example.deadline });
  });

  it('keeps a % goal as a real fraction, and money with two decimals', () => {
    const rate = { ...createData(), baseline: '12', target: '8', unit: '%' };
    expect(field(smartGoalSheets(doc(rate), NOW)[0], '目标值')).toEqual(num(0.08, '0.0%'));
    const money = { ...createData(), baseline: '120', target: '150.5', unit: '万元' };
    expect(field(smartGoalSheets(doc(money), NOW)[0], '目标值')).toEqual(num(150.5, '0.00'));
  });

  it('checks against the export date', () => {
    expect(sheets[1].rows[4]).toEqual([
      text('有时限（Time-bound）'),
      text('符合'),
      text('截止 2027 年 4 月 30 日，还有 145 天。'),
    ]);
  });

  it('writes the milestones with real dates', () => {
    expect(sheets[2].rows[0]).toEqual([
      num(1, '0'),
      { kind: 'date', value: example.milestones[0].date },
      text(example.milestones[0].description),
    ]);
  });

  it('splits the 15 new customers over periods and people, each adding up to the total', () => {
    const periods = sheets[3];
    expect(periods.rows[0]).toEqual([text('分解总量'), null, null, num(15, '#,##0'), null]);
    expect(periods.rows[1]).toEqual([
      text('第 1 个月'),
      null,
      num(1, 'General'),
      num(3, '#,##0'),
      null,
    ]);
    expect(periods.rows[2][1]).toEqual(text('第 1 周'));
    expect(periods.rows.at(-1)).toEqual([text('合计'), null, null, num(15, '#,##0'), null]);
    expect(sheets[4].rows).toEqual([
      [text('张伟'), num(2, 'General'), num(6, '#,##0'), null],
      [text('李娜'), num(2, 'General'), num(6, '#,##0'), null],
      [text('王强'), num(1, 'General'), num(3, '#,##0'), null],
      [text('合计'), null, num(15, '#,##0'), null],
    ]);
  });

  it('writes the person × month table with totals both ways (quarter plan: 3 months)', () => {
    // 15 家: months 3 / 6 / 6 (weights 1:2:2), people 6 / 6 / 3 (weights 2:2:1).
    const cross = sheets[5];
    expect(cross.columns.map((c) => c.header)).toEqual([
      '姓名',
      '第 1 个月',
      '第 2 个月',
      '第 3 个月',
      '合计',
    ]);
    expect(cross.rows.at(-1)).toEqual([
      text('合计'),
      num(3, '#,##0'),
      num(6, '#,##0'),
      num(6, '#,##0'),
      num(15, '#,##0'),
    ]);
    // Each row adds up to the person's share, each column to the month's target.
    const sums = cross.rows
      .slice(0, 3)
      .map((r) => r.slice(1, 4).map((c) => (c && c.kind === 'number' ? c.value : NaN)));
    expect(sums.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([6, 6, 3]);
    expect([0, 1, 2].map((j) => sums.reduce((a, r) => a + r[j], 0))).toEqual([3, 6, 6]);
  });

  it('says why there is no cascade instead of leaving the sheets empty', () => {
    const blank = smartGoalSheets(doc(createData()), NOW);
    expect(blank[3].rows).toEqual([[text('填写有效的目标值（以及基线值）后即可分解。')]]);
  });
});
