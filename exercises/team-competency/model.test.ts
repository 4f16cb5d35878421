import { describe, expect, it } from 'vitest';
import { COMPETENCY_NAME } from './competencies';
import {
  addPerson,
  createData,
  dimensionOf,
  EXAMPLE,
  exampleData,
  isBlank,
  itemsOf,
  lowestItems,
  planRows,
  ratingsBy,
  removePerson,
  restorePerson,
  setPlan,
  setScore,
  unratedCount,
  updatePerson,
} from './model';
import { ITEM_COUNT } from './shape';
import { followTitle } from '../core/document';
import { teamCompetencyBasics } from './basics';

const names = (items: number[]) => items.map((i) => COMPETENCY_NAME[i]);
const scores = (list: number[]) => [...list, ...Array(ITEM_COUNT - list.length).fill(0)];

describe('the competency model', () => {
  it('has the chapter’s 16 competencies, four per dimension, in its order', () => {
    expect(COMPETENCY_NAME).toHaveLength(16);
    expect(names(itemsOf('communication'))).toEqual([
      '清晰表达与倾听',
      '跨部门协作',
      '冲突解决',
      '影响力构建',
    ]);
    expect(dimensionOf(0)).toBe('lead');
    expect(dimensionOf(7)).toBe('business');
    expect(dimensionOf(11)).toBe('execution');
    expect(dimensionOf(15)).toBe('communication');
  });
});

describe('lowestItems', () => {
  it('takes the two lowest (the chapter: 选出两项作为下一季度的提升重点)', () => {
    // The example manager: 跨部门协作 and 冲突解决 at 2, the rest 3 or more.
    expect(lowestItems(EXAMPLE.people[0].scores)).toEqual({ items: [13, 14], tied: [] });
    expect(names(lowestItems(EXAMPLE.people[0].scores).items)).toEqual(['跨部门协作', '冲突解决']);
  });

  it('takes a third when it ties with the second', () => {
    // 王强: 产品专业知识, 销售技巧精通 and 时间与优先级管理 share the lowest score, 2.
    expect(lowestItems(EXAMPLE.people[2].scores)).toEqual({ items: [4, 6, 10], tied: [] });
  });

  it('keeps the lowest and the ties of the second when the lowest is alone', () => {
    const s = scores([1, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(lowestItems(s)).toEqual({ items: [0, 1, 2], tied: [] });
    const two = scores([1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(lowestItems(two)).toEqual({ items: [0, 1], tied: [] });
  });

  it('takes the first three in the chapter’s order when more share the score, and names the rest', () => {
    const s = scores([4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 4]);
    expect(lowestItems(s)).toEqual({ items: [1, 3, 5], tied: [7, 9] });
  });

  it('leaves out unrated items and 5s: a 5 is no gap', () => {
    expect(lowestItems(createData().people[0].scores)).toEqual({ items: [], tied: [] });
    expect(lowestItems(Array(ITEM_COUNT).fill(5))).toEqual({ items: [], tied: [] });
    const one = scores([5, 5, 3]);
    expect(lowestItems(one)).toEqual({ items: [2], tied: [] });
  });

  it('counts unrated items', () => {
    expect(unratedCount(createData().people[0].scores)).toBe(16);
    expect(unratedCount(scores([5, 5, 3]))).toBe(13);
    expect(unratedCount(EXAMPLE.people[1].scores)).toBe(0);
  });
});

describe('raters', () => {
  it('reads 本人 and 经理 from the person’s 评分人 and the second rating', () => {
    const [self, li, wang] = EXAMPLE.people;
    expect(ratingsBy(self)).toEqual({ self: self.scores, manager: null });
    expect(ratingsBy(li)).toEqual({ self: li.others, manager: li.scores });
    expect(ratingsBy(wang)).toEqual({ self: null, manager: wang.scores });
  });
});

describe('edits', () => {
  it('sets a rating 1–5 and refuses anything else', () => {
    const data = createData();
    const rated = setScore(data, 0, 'scores', 13, 2);
    expect(rated.people[0].scores[13]).toBe(2);
    expect(data.people[0].scores[13]).toBe(0);
    expect(setScore(data, 0, 'scores', 13, 6)).toBe(data);
    expect(setScore(data, 0, 'scores', 13, 2.5)).toBe(data);
    expect(setScore(data, 0, 'scores', 16, 3)).toBe(data);
    expect(setScore(rated, 0, 'others', 13, 4).people[0].others[13]).toBe(4);
  });

  it('adds team members rated by 经理, removes and restores them', () => {
    const data = addPerson(createData(), 'p2');
    expect(data.people.map((p) => [p.id, p.rater])).toEqual([
      ['p1', 'self'],
      ['p2', 'manager'],
    ]);
    const named = updatePerson(data, 1, { name: '李娜' });
    const removed = removePerson(named, 1);
    expect(removed.people).toHaveLength(1);
    expect(restorePerson(removed, 1, named.people[1])).toEqual(named);
  });

  it('keeps a plan’s text when the item is no longer among the lowest', () => {
    let data = exampleData('2026-11-28');
    expect(planRows(data.people[0]).map((r) => [r.row.item, r.current])).toEqual([
      [13, true],
      [14, true],
    ]);
    // 冲突解决 rated 4 now: 清晰表达与倾听 and others at 3 become the lowest; the plan stays.
    data = setScore(data, 0, 'scores', 14, 4);
    const rows = planRows(data.people[0]);
    expect(rows.map((r) => [r.row.item, r.current])).toEqual([
      [13, true],
      [0, true],
      [2, true],
      [14, false],
    ]);
    expect(rows[3].row.action).toContain('撞单');
  });

  it('adds a plan row on the first edit, then edits it', () => {
    let data = setPlan(createData(), 0, 13, { action: '每月开协调会' });
    data = setPlan(data, 0, 13, { due: '2027-03-31' });
    expect(data.people[0].plan).toEqual([
      { item: 13, action: '每月开协调会', resource: '', due: '2027-03-31', measure: '' },
    ]);
  });

  it('lets the title follow 团队名称', () => {
    const before = createData();
    const after = { ...before, team: '华东一组' };
    expect(followTitle(teamCompetencyBasics, '未命名的能力评估', before, after)).toBe('华东一组');
    expect(followTitle(teamCompetencyBasics, '我的评估', before, after)).toBeNull();
  });
});

describe('the example', () => {
  it('is dated, with the plan due at the end of the quarter after', () => {
    const data = exampleData('2026-11-28');
    expect(data.date).toBe('2026-11-28');
    expect(data.people[0].plan.map((r) => r.due)).toEqual(['2027-02-28', '2027-02-28']);
    expect(exampleData('').people[0].plan[0].due).toBe('');
    expect(isBlank(createData())).toBe(true);
    expect(isBlank(data)).toBe(false);
  });
});
