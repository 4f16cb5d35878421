import { describe, expect, it } from 'vitest';
import { LIST_MAX } from '../core/limits';
import { validateData } from '../core/validate';
import { planWarnings, isMeasurable } from './checks';
import { actionPlanDefinition as def } from './definition';
import {
  addAction,
  addGoal,
  createData,
  EXAMPLE,
  exampleFor,
  exampleLeftovers,
  isBlank,
  phaseRanges,
  planDay,
  removeAction,
  removeGoal,
  setReview,
  setStart,
  todayInPlan,
  updateAction,
  updateGoal,
  type ActionPlanData,
} from './model';
import { buildTimeline } from './timeline';

describe('the phases (growth/next-steps: 第 1–30、31–60、61–90 天)', () => {
  it('takes its dates from 计划开始日期: 30 days each, day 1 is the start', () => {
    expect(phaseRanges('2027-01-04')).toEqual([
      { from: '2027-01-04', to: '2027-02-02', firstDay: 1, lastDay: 30 },
      { from: '2027-02-03', to: '2027-03-04', firstDay: 31, lastDay: 60 },
      { from: '2027-03-05', to: '2027-04-03', firstDay: 61, lastDay: 90 },
    ]);
  });

  it('counts a leap day', () => {
    expect(phaseRanges('2028-02-01')![0].to).toBe('2028-03-01');
  });

  it('has no dates without a valid start', () => {
    expect(phaseRanges('')).toBeNull();
    expect(phaseRanges('2027-02-30')).toBeNull();
  });

  it('numbers the days of the plan and finds today on it', () => {
    expect(planDay('2027-01-04', '2027-01-04')).toBe(1);
    expect(planDay('2027-01-04', '2027-03-04')).toBe(60);
    expect(planDay('2027-01-04', '')).toBeNull();
    expect(todayInPlan('2027-01-04', '2027-03-05')).toBe(61);
    expect(todayInPlan('2027-01-04', '2027-01-03')).toBeNull();
    expect(todayInPlan('2027-01-04', '2027-04-04')).toBeNull();
  });
});

describe('the worked example', () => {
  it('started 60 days before today, with the chapter’s goal in 第 31–60 天', () => {
    expect(EXAMPLE.start).toBe('2027-01-04');
    expect(EXAMPLE.phases[1].goals[0].text).toBe(
      '第 60 天前，团队每周过程指标周报按时提交率达到 100%，方案阶段转化率从 25% 提高到 30%。',
    );
    expect(EXAMPLE.phases.map((p) => p.review)).toEqual(['2027-02-02', '2027-03-04', '2027-04-03']);
    expect(EXAMPLE.phases[0].actions[0]).toEqual({
      text: '和每位团队成员做一次一对一沟通',
      owner: '王磊',
      due: '2027-01-17',
      status: 'done',
    });
  });

  it('is valid, deterministic for a date, and passes every check', () => {
    expect(validateData(def, EXAMPLE)).toEqual({ ok: true, value: EXAMPLE });
    expect(exampleFor('2027-03-05')).toEqual(EXAMPLE);
    expect(planWarnings(EXAMPLE)).toEqual([]);
    expect(planWarnings(exampleFor('2031-07-15'))).toEqual([]);
  });

  it('rejects a file with other than three phases or an unknown 状态, in Chinese', () => {
    const two = validateData(def, { ...EXAMPLE, phases: EXAMPLE.phases.slice(0, 2) });
    expect(two.ok).toBe(false);
    const bad = updateAction(EXAMPLE, 0, 0, { status: 'late' as never });
    const result = validateData(def, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('状态');
  });

  it('is not blank; a fresh plan is', () => {
    expect(isBlank(createData())).toBe(true);
    expect(isBlank(EXAMPLE)).toBe(false);
    expect(validateData(def, createData()).ok).toBe(true);
  });
});

describe('example leftovers', () => {
  it('marks every text still as the example wrote it', () => {
    const left = exampleLeftovers(EXAMPLE);
    expect(left.goals).toEqual(['0-0', '1-0', '2-0']);
    expect(left.actions).toHaveLength(9);
    expect(left.results).toEqual(['0-0', '1-0']);
    expect(left.causes).toEqual(['0-0', '1-0']);
    expect(left.focus).toBe(true);
  });

  it('drops what was rewritten, and flags nothing for a single shared text', () => {
    const edited = updateGoal(EXAMPLE, 1, 0, { text: '第 60 天前，新签 5 家经销商。' });
    expect(exampleLeftovers(edited).goals).toEqual(['0-0', '2-0']);
    let own = addAction(createData(), 0);
    own = updateAction(own, 0, 0, { text: EXAMPLE.phases[0].actions[0].text });
    expect(exampleLeftovers(own)).toEqual({
      goals: [],
      actions: [],
      results: [],
      causes: [],
      focus: false,
    });
  });
});

describe('goals are checked with SMART’s sentence check', () => {
  it('a goal with a quantity is measurable; a promise of effort or a date alone is not', () => {
    expect(isMeasurable(EXAMPLE.phases[1].goals[0].text)).toBe(true);
    expect(isMeasurable('努力提升团队的方案阶段转化率')).toBe(false);
    expect(isMeasurable('第 60 天前完成周例会结构的调整')).toBe(false);
  });
});

/** The example with one change in 第 31–60 天. */
function phase2(change: (data: ActionPlanData) => ActionPlanData) {
  return planWarnings(change(EXAMPLE)).map((w) => w.message);
}

describe('plan warnings', () => {
  it('a phase without a measurable goal', () => {
    expect(phase2((d) => removeGoal(d, 1, 0))).toEqual([
      '第 31–60 天还没有可衡量的阶段目标：至少写一个带数量的目标（做到多少、到什么时候）。',
    ]);
    expect(
      phase2((d) => updateGoal(d, 1, 0, { text: '努力提升团队的方案阶段转化率和周报质量' })),
    ).toEqual([
      '第 31–60 天还没有可衡量的阶段目标：至少写一个带数量的目标（做到多少、到什么时候）。',
      '第 31–60 天阶段目标 1：「努力」没有具体数字：请写明要达到多少。',
    ]);
  });

  it('one measurable goal is enough; a vague second goal is still named', () => {
    const data = updateGoal(addGoal(EXAMPLE, 1), 1, 1, { text: '进一步加强团队的客户拜访管理' });
    expect(planWarnings(data).map((w) => w.message)).toEqual([
      '第 31–60 天阶段目标 2：「进一步」没有具体数字：请写明要达到多少。',
    ]);
  });

  it('a goal whose 「第 N 天」 deadline lies outside its phase', () => {
    expect(
      phase2((d) => updateGoal(d, 1, 0, { text: '第 75 天前，方案阶段转化率从 25% 提高到 30%。' })),
    ).toEqual([
      '第 31–60 天阶段目标 1 的期限是第 75 天，不在本阶段内（第 31–60 天）：请改期限，或把目标移到对应的阶段。',
    ]);
    // Full-width digits read the same; a day inside the phase is fine.
    expect(
      phase2((d) => updateGoal(d, 1, 0, { text: '第６０天前，方案阶段转化率从 25% 提高到 30%。' })),
    ).toEqual([]);
  });

  it('an action whose 完成日期 falls outside its phase', () => {
    expect(phase2((d) => updateAction(d, 1, 2, { due: '2027-03-10' }))).toEqual([
      '第 31–60 天行动 3 的完成日期（2027 年 3 月 10 日）不在本阶段内（2027 年 2 月 3 日至 2027 年 3 月 4 日）。',
    ]);
    expect(phase2((d) => updateAction(d, 1, 0, { due: '2027-02-02' }))).toHaveLength(1);
    // The phase's first and last days are inside.
    expect(phase2((d) => updateAction(d, 1, 0, { due: '2027-02-03' }))).toEqual([]);
    expect(phase2((d) => updateAction(d, 1, 0, { due: '2027-03-04' }))).toEqual([]);
    // No date yet is not a problem.
    expect(phase2((d) => updateAction(d, 1, 0, { due: '' }))).toEqual([]);
  });

  it('a 复盘日期 outside its phase, and dates that are not dates (a hand-edited file)', () => {
    expect(phase2((d) => setReview(d, 1, '2027-04-01'))).toEqual([
      '第 31–60 天的复盘日期（2027 年 4 月 1 日）不在本阶段内（2027 年 2 月 3 日至 2027 年 3 月 4 日）。',
    ]);
    expect(phase2((d) => updateAction(d, 1, 0, { due: '3 月底' }))).toEqual([
      '第 31–60 天行动 1 的完成日期格式不正确，请重新选择日期。',
    ]);
  });

  it('a start date that is not a date (a hand-edited file) is named as such', () => {
    expect(planWarnings(setStart(EXAMPLE, '2027/1/4')).map((w) => w.message)).toEqual([
      '计划开始日期格式不正确，请重新选择日期。',
    ]);
  });

  it('without a start date: asks for it, still checks the goals', () => {
    const data = setStart(EXAMPLE, '');
    expect(planWarnings(data)).toEqual([
      {
        phase: null,
        message: '请先填写计划开始日期：各阶段的日期由它推算，才能检查日期是否落在阶段内。',
      },
    ]);
  });
});

describe('the timeline', () => {
  it('draws each action from its phase’s first day to its 完成日期, with the 复盘日 and today', () => {
    const tl = buildTimeline(EXAMPLE, '2027-03-05');
    expect(tl.placed).toBe(true);
    expect(tl.today).toBe(61);
    expect(tl.actions.map((a) => [a.phase, a.n, a.day, a.bar])).toEqual([
      [0, 1, 14, { from: 1, to: 14 }],
      [0, 2, 21, { from: 1, to: 21 }],
      [0, 3, 30, { from: 1, to: 30 }],
      [1, 1, 35, { from: 31, to: 35 }],
      [1, 2, 45, { from: 31, to: 45 }],
      [1, 3, 55, { from: 31, to: 55 }],
      [2, 1, 75, { from: 61, to: 75 }],
      [2, 2, 80, { from: 61, to: 80 }],
      [2, 3, 88, { from: 61, to: 88 }],
    ]);
    expect(tl.reviews.map((r) => r.day)).toEqual([30, 60, 90]);
  });

  it('keeps bars on the 90 days; no date, no bar; no today line outside the plan', () => {
    let data = updateAction(EXAMPLE, 1, 0, { due: '2027-01-10' });
    data = updateAction(data, 1, 1, { due: '2027-05-01' });
    data = updateAction(data, 1, 2, { due: '' });
    const tl = buildTimeline(data, '2027-06-01');
    expect(tl.actions[3].bar).toEqual({ from: 7, to: 31 });
    expect(tl.actions[4].bar).toEqual({ from: 31, to: 90 });
    expect(tl.actions[5]).toMatchObject({ day: null, bar: null });
    expect(tl.today).toBeNull();
    expect(buildTimeline(createData(), '2027-06-01').placed).toBe(false);
  });
});

describe('edits', () => {
  it('add, change and remove goals and actions in one phase only', () => {
    let data = addAction(addGoal(createData(), 2), 2);
    data = updateAction(data, 2, 0, { text: '写复盘', status: 'doing' });
    expect(data.phases[2].actions).toEqual([
      { text: '写复盘', owner: '', due: '', status: 'doing' },
    ]);
    expect(data.phases[2].goals).toEqual([{ text: '', result: '', cause: '' }]);
    expect(data.phases[0]).toEqual(createData().phases[0]);
    expect(removeAction(data, 2, 0).phases[2].actions).toEqual([]);
  });

  it('stops a list at LIST_MAX, which the schema checks', () => {
    let data = createData();
    for (let i = 0; i < LIST_MAX + 2; i++) data = addAction(addGoal(data, 0), 0);
    expect(data.phases[0].goals).toHaveLength(LIST_MAX);
    expect(data.phases[0].actions).toHaveLength(LIST_MAX);
    expect(validateData(def, data).ok).toBe(true);
  });
});
