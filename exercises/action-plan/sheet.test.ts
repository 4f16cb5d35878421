import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { toCsv } from '../core/sheets';
import { EXAMPLE, type ActionPlanData } from './model';
import { actionPlanSheets } from './sheet';

const DOC: WorksheetDocument<ActionPlanData> = {
  id: 'a1',
  exercise: 'action-plan',
  schemaVersion: 1,
  title: '华东区 90 天行动计划',
  createdAt: '2027-01-04T00:00:00.000Z',
  updatedAt: '2027-03-05T00:00:00.000Z',
  data: EXAMPLE,
};

describe('the 90 天行动计划 spreadsheet', () => {
  const sheets = actionPlanSheets(DOC);

  it('has 概况, 阶段, 阶段目标与复盘 and 行动', () => {
    expect(sheets.map((s) => s.name)).toEqual(['概况', '阶段', '阶段目标与复盘', '行动']);
  });

  it('gives each phase its dates and 复盘日期 as calendar days', () => {
    expect(sheets[1].rows[1]).toEqual([
      { kind: 'text', value: '第 31–60 天：试点与调整' },
      { kind: 'date', value: '2027-02-03' },
      { kind: 'date', value: '2027-03-04' },
      { kind: 'date', value: '2027-03-04' },
    ]);
  });

  it('lists each action with its day of the plan and 状态', () => {
    expect(sheets[3].rows).toHaveLength(9);
    expect(sheets[3].rows[5]).toEqual([
      { kind: 'text', value: '第 31–60 天' },
      { kind: 'number', value: 3, format: '0' },
      { kind: 'text', value: '试行新的报价审批流程' },
      { kind: 'text', value: '刘洋' },
      { kind: 'date', value: '2027-02-27' },
      { kind: 'number', value: 55, format: '0' },
      { kind: 'text', value: '已放弃' },
    ]);
  });

  it('writes a CSV with the chapter’s goal, 结果 and 原因', () => {
    const csv = toCsv(sheets);
    expect(csv).toContain('方案阶段转化率从 25% 提高到 30%');
    expect(csv).toContain('部分达成：周报按时提交率 100%，方案阶段转化率 28%，未到 30%。');
    expect(csv).toContain('计划开始日期,2027-01-04');
  });
});
