// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { newDocument } from '../core/document';
import { teamCompetencyBasics } from './basics';
import CollectBody from './CollectBody';
import CollectMerged from './CollectMerged';
import { createData, EXAMPLE, type TeamCompetencyData } from './model';

afterEach(cleanup);

/** A participant's file: their own ratings as the first person. */
function participant(name: string, scores: number[]) {
  const data: TeamCompetencyData = {
    ...createData(),
    people: [{ ...createData().people[0], name, scores }],
  };
  return newDocument(teamCompetencyBasics, { data, now: new Date(0), random: Math.random });
}

const [self, li, wang] = EXAMPLE.people;

describe('汇总', () => {
  it('shows one participant’s dimension averages and lowest items', () => {
    render(<CollectBody data={EXAMPLE} />);
    const table = screen.getByRole('table', { name: '张伟：各维度平均分' });
    expect(within(table).getByRole('row', { name: /沟通能力/ }).textContent).toContain('2.5');
    expect(screen.getByText(/跨部门协作、冲突解决/)).toBeTruthy();
  });

  it('says so for a file with no ratings', () => {
    render(<CollectBody data={createData()} />);
    expect(screen.getByText('（尚未评分）')).toBeTruthy();
  });

  it('shows the group’s average radar, its table and the most common gaps', () => {
    const other = [...wang.scores];
    other[13] = 1; // 跨部门协作: lowest for 张伟 and for this one
    const docs = [
      participant('张伟', self.scores),
      participant('李娜', li.scores),
      participant('王强', other),
    ];
    render(<CollectMerged docs={docs} />);
    const table = screen.getByRole('table', { name: '全组各维度平均分' });
    // 领导力 (14 + 11 + 13) / 12 = 3.17; 沟通能力 (10 + 13 + 10) / 12 = 2.75.
    expect(within(table).getByRole('row', { name: /领导力/ }).textContent).toContain('3.17');
    expect(within(table).getByRole('row', { name: /沟通能力/ }).textContent).toContain('2.75');
    expect(screen.getByRole('img', { name: /全组平均的能力雷达图：领导力 3\.17/ })).toBeTruthy();
    const gaps = screen.getByRole('table', { name: '最常见的短板' });
    const rows = within(gaps).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '跨部门协作2 人',
      '资源协调与分配1 人',
      '产品专业知识1 人',
      '销售技巧精通1 人',
      '问题分析与解决1 人',
      '冲突解决1 人',
    ]);
  });
});
