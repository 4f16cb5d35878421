import { describe, expect, it } from 'vitest';
import { newDocument } from '../core/document';
import { teamCompetencyBasics } from './basics';
import { exampleData } from './model';
import { teamCompetencySheets } from './sheet';

const doc = newDocument(teamCompetencyBasics, {
  data: exampleData('2026-11-28'),
  now: new Date('2026-11-28T08:00:00Z'),
  random: () => 0.5,
});

describe('teamCompetencySheets', () => {
  const [overview, ratings, averages, plan] = teamCompetencySheets(doc);

  it('lists the team', () => {
    expect(overview.rows.slice(1)).toEqual([
      [
        { kind: 'text', value: '团队名称' },
        { kind: 'text', value: '华东区域销售一组' },
      ],
      [
        { kind: 'text', value: '评估日期' },
        { kind: 'date', value: '2026-11-28' },
      ],
      [
        { kind: 'text', value: '成员人数' },
        { kind: 'number', value: 3, format: '0' },
      ],
    ]);
  });

  it('puts 本人 and 经理 side by side with the gap', () => {
    expect(ratings.rows).toHaveLength(48);
    // 李娜, 问题分析与解决: 本人 4, 经理 2.
    const row = ratings.rows[16 + 9];
    expect(row.map((c) => (c ? c.value : null))).toEqual([
      '李娜',
      '执行能力',
      '问题分析与解决',
      4,
      2,
      -2,
    ]);
    // 王强 is rated by 经理 only.
    expect(ratings.rows[32].map((c) => (c ? c.value : null))).toEqual([
      '王强',
      '领导力',
      '愿景塑造与传递',
      null,
      3,
      null,
    ]);
  });

  it('gives the dimension averages and the team’s, exactly', () => {
    const values = averages.rows.map((r) => r.map((c) => (c ? c.value : null)));
    expect(values[0]).toEqual(['张伟', 3.5, 4.5, 3.5, 2.5]);
    expect(values[3]).toEqual(['团队平均', 3.17, 3.5, 3.08, 2.92]);
  });

  it('lists the development plan rows, blank ones for the lowest items not yet planned', () => {
    const values = plan.rows.map((r) => [r[0]?.value, r[1]?.value, r[4]?.value ?? null]);
    expect(values).toEqual([
      ['张伟', '跨部门协作', '2027-02-28'],
      ['张伟', '冲突解决', '2027-02-28'],
      ['李娜', '资源协调与分配', null],
      ['李娜', '问题分析与解决', null],
      ['王强', '产品专业知识', null],
      ['王强', '销售技巧精通', null],
      ['王强', '时间与优先级管理', null],
    ]);
  });
});
