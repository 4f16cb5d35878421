import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../core/numbers';
import {
  addMember,
  addMilestone,
  amountKind,
  createData,
  EXAMPLE,
  exampleFor,
  formatAmount,
  readAmounts,
  removeMilestone,
  setPeriodMode,
  setText,
  updateMilestone,
  WEIGHT_INPUT,
  type SmartGoalData,
} from './model';
import { changePercent, checkSentence, checkSmart, composeStatement } from './checks';
import { followTitle } from '../core/document';
import { smartGoalBasics } from './basics';

const TODAY = '2026-11-28';
const goal = (patch: Partial<SmartGoalData> = {}): SmartGoalData => ({ ...EXAMPLE, ...patch });

describe('the worked example', () => {
  it('passes every check', () => {
    const result = checkSmart(EXAMPLE, TODAY);
    expect(Object.values(result).map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('keeps passing whenever it is loaded', () => {
    for (const today of ['2027-01-31', '2027-12-15', '2030-02-28']) {
      const statuses = Object.values(checkSmart(exampleFor(today), today)).map((r) => r.status);
      expect(statuses).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    }
  });

  it('reads as the course text', () => {
    expect(composeStatement(EXAMPLE)).toBe(
      '在 2027 年 3 月 31 日前，将华东区新客户数从 20 家提升到 35 家（+75%），以支撑公司年度增长战略。',
    );
  });
});

describe('S — specific', () => {
  it.each([
    ['', 'missing', '请填写具体描述：做什么、在哪里、针对哪些客户。'],
    ['   ', 'missing', '请填写具体描述：做什么、在哪里、针对哪些客户。'],
    ['多签客户', 'warn', '描述太短：请写清楚做什么、在哪个区域或针对哪些客户。'],
    ['今年努力提升华东区的客户开发工作', 'warn', '「努力」没有具体数字：请写明要达到多少。'],
    ['加强华东区经销商的开发和日常维护', 'warn', '「加强」没有具体数字：请写明要达到多少。'],
    [
      '在华东区开发年采购额较高的经销商客户',
      'warn',
      '描述中没有数字：写上数量、范围或对象会更具体。',
    ],
    ['进一步扩大华东区经销商网络的覆盖范围', 'warn', '「进一步」没有具体数字：请写明要达到多少。'],
    ['在华东区新签约经销商客户十五家以上', 'ok', '描述具体，写明了对象和数量。'],
    ['在华东区新签约年采购额 10 万元以上的经销商', 'ok', '描述具体，写明了对象和数量。'],
    ['提升华东区新客户数到 35 家以上', 'ok', '描述具体，写明了对象和数量。'],
  ])('%j → %s', (specific, status, reason) => {
    expect(checkSmart(goal({ specific }), TODAY).S).toEqual({ status, reason });
  });

  // A year, a date or a span of time says when, not how much; effort words promise nothing.
  const OK = '描述具体，写明了对象和数量。';
  const time = (figure: string) => `「${figure}」是时间，不是数量：请写明要达到多少。`;
  const vague = (word: string) => `「${word}」没有具体数字：请写明要达到多少。`;
  const hedge = (word: string) =>
    `「${word}」只表达态度，不是可以检查的结果：请直接写明要达到的数量。`;
  it.each([
    // Weak sentences
    ['2027年努力提升华东区经销商的销售额，争取做得更好', 'warn', vague('努力')],
    ['2027-06-30 前在华东区完成经销商签约工作', 'warn', time('2027-06-30')],
    ['在 2027 年 6 月 30 日前完成华东区经销商的签约工作', 'warn', time('2027 年')],
    ['24 小时内响应华东区经销商的所有报修', 'warn', time('24 小时')],
    ['第三季度在华东区开展重点经销商的拜访', 'warn', time('第三季度')],
    ['三个月内完成华东区经销商的渠道梳理', 'warn', time('三个月')],
    ['２０２７年度完成华东区经销商的渠道梳理', 'warn', time('2027年度')],
    ['2027 年 Q2 完成华东区 5G 门店的渠道布局', 'warn', time('2027 年')],
    ['尽量多拜访华东区的重点经销商客户', 'warn', vague('尽量')],
    ['华东区经销商的销售额做得更好，客户更满意', 'warn', vague('做得更好')],
    ['提升 B2B 渠道在华东区的销售占比', 'warn', vague('提升')],
    [
      '在华东区开发年采购额较高的经销商客户',
      'warn',
      '描述中没有数字：写上数量、范围或对象会更具体。',
    ],
    ['在华东区新签经销商 15 家，争取做得更好', 'warn', hedge('争取')],
    ['努力在华东区新签约经销商 15 家', 'warn', hedge('努力')],
    ['力争华东区销售额达到 1,200 万元', 'warn', hedge('力争')],
    ['华东区新签经销商 15 家，服务尽可能更好', 'warn', hedge('尽可能')],
    // Good sentences
    ['2027年将华东区经销商销售额提升到 1,500 万元', 'ok', OK],
    ['在 2027 年 6 月 30 日前把华东区重点客户流失率降到 8%', 'ok', OK],
    ['24 小时内响应率从 80% 提升到 95%，覆盖华东区全部经销商', 'ok', OK],
    ['华东区经销商覆盖从 3 个地级市扩大到 8 个', 'ok', OK],
    ['每月拜访华东区重点经销商不少于二十次', 'ok', OK],
    ['华东区经销商的销售额提高两成，毛利率不低于 18%', 'ok', OK],
    ['三个月内在华东区新签经销商 12 家', 'ok', OK],
    ['将华东区 4S 店的续保率提高 5 个百分点', 'ok', OK],
    ['在华东区新签约经销商客户十五家以上', 'ok', OK],
  ])('%j → %s', (specific, status, reason) => {
    expect(checkSmart(goal({ specific }), TODAY).S).toEqual({ status, reason });
  });
});

describe('checkSentence (the S check of one sentence, shared with the 90-day plan)', () => {
  it('gives the S check of a goal for its 具体描述', () => {
    const texts = [
      '',
      '提升销量',
      '努力提升华东区的销售业绩和客户满意度',
      '在 2027 年 3 月 31 日前完成华东区的渠道调整',
      '第 60 天前，团队每周过程指标周报按时提交率达到 100%，方案阶段转化率从 25% 提高到 30%',
    ];
    for (const text of texts) {
      const goal = { ...createData(), specific: text };
      expect(checkSentence(text)).toEqual(checkSmart(goal, '2026-12-01').S);
    }
    expect(checkSentence(texts[4]).status).toBe('ok');
    expect(checkSentence(texts[3]).status).toBe('warn');
  });
});

describe('M — measurable', () => {
  it.each([
    [
      { metric: '', baseline: '', target: '', unit: '' },
      'missing',
      '还需要填写：衡量指标、基线值、目标值、单位。',
    ],
    [{ metric: '' }, 'missing', '还需要填写：衡量指标。'],
    [{ unit: '' }, 'missing', '还需要填写：单位。'],
    [{ baseline: 'abc' }, 'warn', '基线值不是有效数字，请只填数字。'],
    [{ target: '3.5.1' }, 'warn', '目标值不是有效数字，请只填数字。'],
    [{}, 'ok', '用「华东区新客户数」衡量：从 20 家到 35 家。'],
    [
      { metric: '毛利率', baseline: '18%', target: '22%', unit: '' },
      'ok',
      '用「毛利率」衡量：从 18% 到 22%。',
    ],
    [
      { metric: '月销售额', baseline: '1,200', target: '１５００', unit: '万元' },
      'ok',
      '用「月销售额」衡量：从 1,200 万元到 1,500 万元。',
    ],
  ])('%j → %s', (patch, status, reason) => {
    expect(checkSmart(goal(patch), TODAY).M).toEqual({ status, reason });
  });
});

describe('A — achievable', () => {
  it.each([
    [{ baseline: '' }, 'missing', '填写基线值和目标值后才能判断是否可实现。'],
    [{ target: 'x' }, 'missing', '填写基线值和目标值后才能判断是否可实现。'],
    [{ target: '20' }, 'ok', '目标是保持在 20 家，不增不减。'],
    [{ target: '15' }, 'warn', '目标值不高于基线值：是要下降吗？'],
    [{ direction: 'decrease' as const, target: '40' }, 'warn', '目标值不低于基线值：是要增长吗？'],
    [
      { target: '50', achievability: '' },
      'warn',
      '增幅 150%，超过 100%：请在「可实现性依据」中说明资源和做法。',
    ],
    [{ target: '50' }, 'ok', '增幅 150%，已写明可实现性依据。'],
    [{ target: '40', achievability: '' }, 'ok', '增幅 100%，在通常可实现的范围内。'],
    [{ achievability: '' }, 'ok', '增幅 75%，在通常可实现的范围内。'],
    [{}, 'ok', '增幅 75%，已写明可实现性依据。'],
    [
      { baseline: '0', achievability: '' },
      'warn',
      '基线值为 0 或接近 0，无法用增幅判断：请在「可实现性依据」中说明依据。',
    ],
    [{ baseline: '0' }, 'ok', '增幅 —，已写明可实现性依据。'],
    [
      { direction: 'decrease' as const, baseline: '12', target: '8', achievability: '' },
      'ok',
      '降幅 33%。',
    ],
    [
      { direction: 'decrease' as const, baseline: '12', target: '8' },
      'ok',
      '降幅 33%，已写明可实现性依据。',
    ],
  ])('%j → %s', (patch, status, reason) => {
    expect(checkSmart(goal(patch), TODAY).A).toEqual({ status, reason });
  });
});

describe('A — rates are judged in percentage points (issue #18, item 9)', () => {
  const rate = (patch: Partial<SmartGoalData>) =>
    goal({ metric: '线索转化率', unit: '%', baseline: '20', target: '45', ...patch });
  it.each([
    [
      { achievability: '' },
      'warn',
      '提高 25 个百分点，超过 10 个百分点：请在「可实现性依据」中说明资源和做法。',
    ],
    [{}, 'ok', '提高 25 个百分点，已写明可实现性依据。'],
    [
      { unit: '％', achievability: '' },
      'warn',
      '提高 25 个百分点，超过 10 个百分点：请在「可实现性依据」中说明资源和做法。',
    ],
    [{ unit: '', baseline: '20%', target: '45%' }, 'ok', '提高 25 个百分点，已写明可实现性依据。'],
    [
      { baseline: '18', target: '22', achievability: '' },
      'ok',
      '提高 4 个百分点，在通常可实现的范围内。',
    ],
    [
      { baseline: '20', target: '30', achievability: '' },
      'ok',
      '提高 10 个百分点，在通常可实现的范围内。',
    ],
    [
      { baseline: '20', target: '30.5', achievability: '' },
      'warn',
      '提高 10.5 个百分点，超过 10 个百分点：请在「可实现性依据」中说明资源和做法。',
    ],
    [
      { direction: 'decrease' as const, baseline: '12', target: '8', achievability: '' },
      'ok',
      '降低 4 个百分点。',
    ],
  ])('%j → %s', (patch, status, reason) => {
    expect(checkSmart(rate(patch), TODAY).A).toEqual({ status, reason });
  });

  it('says the same change in the check and in the statement', () => {
    const data = rate({ parentGoal: '', deadline: '' });
    expect(checkSmart(data, TODAY).A.reason).toContain('25 个百分点');
    expect(composeStatement(data)).toBe('将线索转化率从 20% 提升到 45%（+25 个百分点）。');
    expect(composeStatement(rate({ unit: '％', parentGoal: '', deadline: '' }))).toBe(
      '将线索转化率从 20% 提升到 45%（+25 个百分点）。',
    );
  });
});

describe('A and the statement: negative, exact and unchanged figures (issue #18, item 12)', () => {
  const profit = (patch: Partial<SmartGoalData>) =>
    goal({
      metric: '华东区净利润',
      unit: '万元',
      baseline: '-50',
      target: '20',
      parentGoal: '',
      deadline: '',
      ...patch,
    });

  it('accepts a loss as the baseline (扭亏为盈) and describes the change in the unit', () => {
    expect(readAmounts(profit({})).baseline).toBe(-50);
    expect(readAmounts(profit({ baseline: '−50' })).baseline).toBe(-50);
    expect(checkSmart(profit({}), TODAY).M).toEqual({
      status: 'ok',
      reason: '用「华东区净利润」衡量：从 −50 万元到 20 万元。',
    });
    expect(checkSmart(profit({ achievability: '' }), TODAY).A).toEqual({
      status: 'warn',
      reason:
        '基线值为负数，无法用增幅判断：增加 70 万元（扭亏为盈）。请在「可实现性依据」中说明依据。',
    });
    expect(checkSmart(profit({}), TODAY).A).toEqual({
      status: 'ok',
      reason: '增加 70 万元（扭亏为盈），已写明可实现性依据。',
    });
    expect(composeStatement(profit({}))).toBe(
      '将华东区净利润从 −50 万元提升到 20 万元（+70 万元，扭亏为盈）。',
    );
  });

  it('describes a smaller loss (减亏) without a percentage', () => {
    const data = profit({ target: '-20' });
    expect(composeStatement(data)).toBe('将华东区净利润从 −50 万元提升到 −20 万元（+30 万元）。');
    expect(checkSmart(data, TODAY).A).toEqual({
      status: 'ok',
      reason: '增加 30 万元，已写明可实现性依据。',
    });
  });

  it('still refuses a negative count', () => {
    expect(readAmounts(goal({ baseline: '-5' })).baseline).toBeNull();
  });

  it('judges growth on the exact figure, and shows enough digits to agree', () => {
    const data = goal({
      baseline: '250',
      target: '501',
      achievability: '',
      parentGoal: '',
      deadline: '',
    });
    expect(checkSmart(data, TODAY).A).toEqual({
      status: 'warn',
      reason: '增幅 100.4%，超过 100%：请在「可实现性依据」中说明资源和做法。',
    });
    expect(composeStatement(data)).toBe('将华东区新客户数从 250 家提升到 501 家（+100.4%）。');
    expect(
      checkSmart(goal({ baseline: '100000', target: '200001', achievability: '' }), TODAY).A.reason,
    ).toBe('增幅 100.001%，超过 100%：请在「可实现性依据」中说明资源和做法。');
  });

  it('reads an unchanged figure as 保持在', () => {
    const data = goal({
      metric: '月销售额',
      unit: '万元',
      baseline: '100',
      target: '100',
      parentGoal: '',
      deadline: '',
    });
    expect(composeStatement(data)).toBe('将月销售额保持在 100 万元。');
    expect(checkSmart(data, TODAY).A).toEqual({
      status: 'ok',
      reason: '目标是保持在 100 万元，不增不减。',
    });
  });
});

describe('R — relevant', () => {
  it.each([
    ['', 'missing', '请填写关联的上级目标：这个目标支撑团队或公司的哪个目标？'],
    ['公司年度增长战略', 'ok', '支撑「公司年度增长战略」。'],
  ])('%j → %s', (parentGoal, status, reason) => {
    expect(checkSmart(goal({ parentGoal }), TODAY).R).toEqual({ status, reason });
  });
});

describe('T — time-bound', () => {
  const ms = (...dates: string[]) =>
    dates.map((date, i) => ({ date, description: `第 ${i + 1} 步` }));
  it.each([
    [{ deadline: '' }, 'missing', '请设置截止日期。'],
    [{ deadline: '2027-02-30' }, 'warn', '截止日期格式不正确。'],
    [
      { deadline: '2026-11-27', milestones: [] },
      'warn',
      '截止日期已经过去：请设置今天之后的日期。',
    ],
    [
      { deadline: '2028-11-29', milestones: [] },
      'warn',
      '截止日期在两年以后：建议拆成两年内可以检查的阶段目标。',
    ],
    [{ deadline: '2028-11-28', milestones: [] }, 'ok', '截止 2028 年 11 月 28 日，还有 731 天。'],
    [{ deadline: '2026-11-28', milestones: [] }, 'ok', '截止 2026 年 11 月 28 日，就是今天。'],
    [{ milestones: ms('2026-12-31', '') }, 'warn', '里程碑 2 还没有日期。'],
    // A milestone already passed is part of a goal in progress (issue #18, item 10).
    [{ milestones: ms('2026-11-01') }, 'ok', '截止 2027 年 3 月 31 日，还有 123 天。'],
    [
      { milestones: ms('2026-09-30', '2026-10-31', '2027-01-31') },
      'ok',
      '截止 2027 年 3 月 31 日，还有 123 天。',
    ],
    [
      { milestones: ms('2026-10-31', '2026-09-30') },
      'warn',
      '里程碑 2 早于里程碑 1：请按时间先后排列。',
    ],
    [{ milestones: ms('2026-12-31', '2027-04-01') }, 'warn', '里程碑 2 的日期晚于截止日期。'],
    [
      { milestones: ms('2027-02-28', '2027-01-31') },
      'warn',
      '里程碑 2 早于里程碑 1：请按时间先后排列。',
    ],
    [
      { milestones: [...ms('2026-12-31'), { date: '', description: ' ' }, ...ms('2027-03-31')] },
      'ok',
      '截止 2027 年 3 月 31 日，还有 123 天。',
    ],
  ])('%j → %s', (patch, status, reason) => {
    expect(checkSmart(goal(patch), TODAY).T).toEqual({ status, reason });
  });
});

describe('composeStatement', () => {
  it.each([
    ['an empty form', createData(), ''],
    ['only a name', { ...createData(), name: '华东区新客户开发' }, '完成华东区新客户开发。'],
    [
      'a decrease',
      goal({
        metric: '重点客户年流失率',
        direction: 'decrease',
        baseline: '12',
        target: '8',
        unit: '%',
        parentGoal: '',
        deadline: '2027-12-31',
      }),
      '在 2027 年 12 月 31 日前，将重点客户年流失率从 12% 降低到 8%（−4 个百分点）。',
    ],
    [
      'money with thousands and decimals',
      goal({ metric: '华南区月销售额', baseline: '1200', target: '1,380.5', unit: '万元' }),
      '在 2027 年 3 月 31 日前，将华南区月销售额从 1,200 万元提升到 1,380.5 万元（+15%），以支撑公司年度增长战略。',
    ],
    [
      'a small change keeps one decimal',
      goal({ baseline: '200', target: '215' }),
      '在 2027 年 3 月 31 日前，将华东区新客户数从 200 家提升到 215 家（+7.5%），以支撑公司年度增长战略。',
    ],
    [
      'no baseline',
      goal({ baseline: '', parentGoal: '' }),
      '在 2027 年 3 月 31 日前，将华东区新客户数提升到 35 家。',
    ],
    [
      'a baseline of zero (no percent)',
      goal({ baseline: '0', deadline: '' }),
      '将华东区新客户数从 0 家提升到 35 家，以支撑公司年度增长战略。',
    ],
    [
      'no metric falls back to the goal name',
      goal({ metric: '', deadline: '', parentGoal: '' }),
      '将华东区新客户开发从 20 家提升到 35 家（+75%）。',
    ],
    [
      'no unit',
      goal({ unit: '', deadline: '', parentGoal: '' }),
      '将华东区新客户数从 20 提升到 35（+75%）。',
    ],
    [
      'a Latin unit and a parent already saying 支撑',
      goal({
        metric: '出货量',
        baseline: '20',
        target: '30',
        unit: 'kg',
        parentGoal: '支撑华东区扩张',
      }),
      '在 2027 年 3 月 31 日前，将出货量从 20 kg 提升到 30 kg（+50%），以支撑华东区扩张。',
    ],
  ])('%s', (_, data, expected) => {
    expect(composeStatement(data)).toBe(expected);
  });
});

describe('numbers helpers', () => {
  it.each([
    [20, 35, 75],
    [200, 215, 7.5],
    [1000, 1002.5, 0.25],
    [12, 8, -33],
    [0, 5, null],
    // A baseline that shows as 0 gives no percentage (not +3,499,999,900%).
    [0.000001, 35, null],
    [0.004, 35, null],
    [0.01, 0.02, 100],
  ])('changePercent(%d, %d) = %s', (b, t, expected) => {
    expect(changePercent(b, t)).toBe(expected);
  });

  it('takes % as the unit when it was typed and the unit is empty', () => {
    expect(readAmounts(goal({ baseline: '18%', target: '22', unit: '' })).unit).toBe('%');
    expect(formatAmount(1234.5, '万元')).toBe('1,234.5 万元');
  });
});

describe('edits', () => {
  it('adds, changes and removes milestones', () => {
    let data = addMilestone(addMilestone(createData()));
    data = updateMilestone(data, 1, { description: '第二步' });
    expect(data.milestones).toEqual([
      { date: '', description: '' },
      { date: '', description: '第二步' },
    ]);
    expect(removeMilestone(data, 0).milestones).toEqual([{ date: '', description: '第二步' }]);
  });

  it('resets weights when the period mode changes but keeps members', () => {
    const data = setPeriodMode(EXAMPLE, 'year');
    expect(data.cascade.topWeights).toEqual(['1', '1', '1', '1']);
    expect(data.cascade.subWeights.map((s) => s.length)).toEqual([3, 3, 3, 3]);
    expect(data.cascade.members).toBe(EXAMPLE.cascade.members);
  });

  it.each([
    ['未命名目标', '', 'A', 'A'],
    ['A', 'A', 'AB', 'AB'],
    ['A', 'A', '', '未命名目标'],
    ['我改过的名字', 'A', 'AB', null],
  ])('title %j follows the name %j → %j: %j', (title, before, after, expected) => {
    const b = setText(createData(), 'name', before);
    const a = setText(createData(), 'name', after);
    expect(followTitle(smartGoalBasics, title, b, a)).toBe(expected);
  });
});

describe('figures follow the rule of their kind of quantity', () => {
  it.each([
    ['家', 'count'],
    [' 台 ', 'count'],
    ['万元', 'money'],
    ['元', 'money'],
    ['%', 'percent'],
    ['', 'percent'],
    ['kg', 'number'],
    ['吨', 'number'],
  ])('unit %j → %s', (unit, kind) => {
    expect(amountKind(unit)).toBe(kind);
  });

  it.each([
    // [unit, baseline typed, baseline read]
    ['家', '20', 20],
    ['家', '0.000001', null],
    ['家', '¥20', null],
    ['万元', '¥1,234.5', 1234.5],
    ['万元', '50%', null],
    ['', '５０％', 50],
    ['%', '50', 50],
    ['%', '¥50', null],
    ['kg', '12.5', 12.5],
  ])('unit %j: %j → %s', (unit, baseline, expected) => {
    expect(readAmounts(goal({ unit, baseline })).baseline).toBe(expected);
  });

  it('accepts ５０％ as a weight, as the baseline does', () => {
    expect(parseNumberInput('５０％', WEIGHT_INPUT)).toMatchObject({ ok: true, value: 50 });
    expect(parseNumberInput('¥2', WEIGHT_INPUT).ok).toBe(false);
  });

  it('never shows an absurd growth from a baseline that rounds to 0', () => {
    const data = goal({ baseline: '0.000001', target: '35', unit: '万元' });
    expect(composeStatement(data)).toBe(
      '在 2027 年 3 月 31 日前，将华东区新客户数从 0 万元提升到 35 万元，以支撑公司年度增长战略。',
    );
    expect(checkSmart(data, TODAY).A.reason).not.toMatch(/%/);
    expect(checkSmart({ ...data, achievability: '' }, TODAY).A).toEqual({
      status: 'warn',
      reason: '基线值为 0 或接近 0，无法用增幅判断：请在「可实现性依据」中说明依据。',
    });
  });

  it('reads a full-width ％ unit as a rate, which the cascade does not add up', () => {
    expect(readAmounts(goal({ unit: '％' })).unit).toBe('%');
  });
});

describe('list limits (core/limits.ts)', () => {
  it('adds no milestone or member past 200, so what is typed always loads again', () => {
    let data = createData();
    for (let i = 0; i < 210; i++) data = addMember(addMilestone(data));
    expect(data.milestones).toHaveLength(200);
    expect(data.cascade.members).toHaveLength(200);
  });
});
