import { describe, expect, it } from 'vitest';
import {
  addIndicator,
  addMember,
  cardIssues,
  categoryWeightTotal,
  createData,
  distribution,
  exampleLeftovers,
  EXAMPLE,
  formatExact,
  formatHundredths,
  fraction,
  isBlank,
  ranking,
  removeIndicator,
  scoreIndicator,
  scoreMember,
  setActual,
  setCategoryWeight,
  updateIndicator,
  type Indicator,
} from './model';

const base: Indicator = {
  id: 'i1',
  name: '销售额',
  weight: '100',
  target: '500',
  rule: 'linear',
  direction: 'higher',
  cap: '120',
  threshold: '',
};

describe('scoreIndicator', () => {
  it.each([
    ['linear: attainment × 100', {}, '450', 9000],
    ['linear: capped at 120%', {}, '620', 12000],
    ['linear: full-width digits and separators', { target: '１,０００' }, '８５０', 8500],
    ['linear: cap of 100%', { cap: '100%' }, '620', 10000],
    ['threshold: below it scores 0', { rule: 'threshold', threshold: '70' }, '340', 0],
    ['threshold: at it scores the attainment', { rule: 'threshold', threshold: '70' }, '350', 7000],
    [
      'lower-is-better: 费用率 8% target, 10% actual → 80',
      { target: '8%', direction: 'lower' },
      '10%',
      8000,
    ],
    [
      'lower-is-better: under the target scores above 100',
      { target: '8%', direction: 'lower' },
      '7%',
      11429,
    ],
    ['lower-is-better: 0 reaches the cap', { target: '8%', direction: 'lower' }, '0', 12000],
    ['manual: the score as typed', { rule: 'manual', target: '', cap: '' }, '85', 8500],
    ['manual: two decimals', { rule: 'manual', target: '', cap: '' }, '72.5', 7250],
    ['rounds half up to hundredths', { target: '3' }, '2', 6667],
    ['exact decimals: 22.5% of 25% is 90', { target: '25%' }, '22.5%', 9000],
  ] as const)('%s', (_, patch, actual, score) => {
    const result = scoreIndicator({ ...base, ...patch }, actual);
    expect(result.status).toBe('scored');
    expect(result.status === 'scored' && result.score).toBe(score);
  });

  it('marks what the rule did', () => {
    expect(scoreIndicator(base, '620')).toMatchObject({ capped: true, attainment: 12400 });
    expect(scoreIndicator({ ...base, rule: 'threshold', threshold: '70' }, '340')).toMatchObject({
      belowThreshold: true,
      score: 0,
      attainment: 6800,
    });
  });

  it.each([
    ['no actual yet', base, '', 'pending'],
    ['no target yet', { ...base, target: '' }, '450', 'pending'],
    ['manual without a score', { ...base, rule: 'manual' as const }, '', 'pending'],
    ['target 0', { ...base, target: '0' }, '450', 'invalid'],
    ['manual above 100', { ...base, rule: 'manual' as const }, '120', 'invalid'],
    ['manual below 1', { ...base, rule: 'manual' as const }, '0', 'invalid'],
    ['typed text', base, '四百', 'invalid'],
    [
      'threshold rule without a threshold',
      { ...base, rule: 'threshold' as const },
      '450',
      'invalid',
    ],
    [
      'cap below threshold',
      { ...base, rule: 'threshold' as const, cap: '100', threshold: '100.5' },
      '450',
      'invalid',
    ],
  ])('%s → %s', (_, indicator, actual, status) => {
    expect(scoreIndicator(indicator, actual).status).toBe(status);
  });

  it('says why in Chinese', () => {
    expect(scoreIndicator({ ...base, target: '0' }, '1')).toEqual({
      status: 'invalid',
      message: '目标值需大于 0。',
    });
    expect(scoreIndicator({ ...base, rule: 'manual' }, '120')).toEqual({
      status: 'invalid',
      message: '手动评分需在 1–100 之间。',
    });
  });
});

describe('the chapter example (team/performance)', () => {
  it('85 × 40% + 80 × 30% + 90 × 20% + 70 × 10% = 83 分', () => {
    const zhang = scoreMember(EXAMPLE, EXAMPLE.members[0]!);
    expect(zhang.categories.map((c) => c.score)).toEqual([8500, 8000, 9000, 7000]);
    expect(zhang.total).toBe(8300);
    expect(formatHundredths(zhang.total!)).toBe('83.00');
  });

  it('uses the course weights and has no warnings', () => {
    expect(EXAMPLE.categories.map((c) => c.weight)).toEqual(['40', '30', '20', '10']);
    expect(cardIssues(EXAMPLE)).toEqual([]);
  });

  it('ranks the team, equal totals sharing a place', () => {
    const rows = ranking(EXAMPLE, (n) => `成员 ${n}`);
    expect(rows.map((r) => [r.name, r.rank, r.total])).toEqual([
      ['李娜', 1, 10272],
      ['张伟', 2, 8300],
      ['王强', 3, 6398],
    ]);
    const tied = {
      ...EXAMPLE,
      members: [EXAMPLE.members[0]!, { ...EXAMPLE.members[0]!, id: 'm9', name: '赵敏' }],
    };
    expect(ranking(tied, String).map((r) => r.rank)).toEqual([1, 1]);
  });

  it('places members in score bands', () => {
    const bands = distribution(ranking(EXAMPLE, String));
    expect(bands.map((b) => b.names)).toEqual([['李娜'], ['张伟'], [], ['王强'], []]);
  });
});

describe('weights', () => {
  it.each([
    [['40', '30', '20', '10'], true, '100'],
    [['40%', '３０', '20.5', '9.5'], true, '100'],
    [['33.33', '33.33', '33.33', '0'], false, '99.99'],
    [['40', '30', '20', '20'], false, '110'],
    [['0.1', '0.2', '99.7', ''], true, '100'],
  ])('%j → ok %s, total %s', (weights, ok, total) => {
    const data = createData();
    data.categories.forEach((c, i) => (c.weight = weights[i]!));
    const result = categoryWeightTotal(data);
    expect(result.ok).toBe(ok);
    expect(formatExact(result.total)).toBe(total);
  });

  it('warns when the weights are not 100%', () => {
    const data = setCategoryWeight(EXAMPLE, 'growth', '9.99');
    expect(cardIssues(data)).toEqual(['四类指标的权重合计为 99.99%，应为 100%。']);
    const inner = updateIndicator(EXAMPLE, 'i1', { weight: '40' });
    expect(cardIssues(inner)).toEqual(['业绩指标内各指标的权重合计为 90%，应为 100%。']);
  });

  it('a bad weight is not counted as 100%', () => {
    const data = setCategoryWeight(EXAMPLE, 'growth', 'abc');
    expect(categoryWeightTotal(data).ok).toBe(false);
    expect(scoreMember(data, data.members[0]!).total).toBeNull();
  });
});

describe('fractions', () => {
  it.each([
    [0.1, 1n, 10n],
    [22.5, 225n, 10n],
    [1e-7, 1n, 10000000n],
    [1234567.89, 123456789n, 100n],
  ])('%d', (value, n, d) => {
    expect(fraction(value)).toEqual({ n, d });
  });
});

describe('edits', () => {
  it('a blank card has the course weights and is blank', () => {
    const data = createData();
    expect(data.categories.map((c) => c.weight)).toEqual(['40', '30', '20', '10']);
    expect(isBlank(data)).toBe(true);
    expect(isBlank(EXAMPLE)).toBe(false);
    expect(cardIssues(data)).toEqual([]);
  });

  it('new ids never repeat; removing an indicator drops its actuals', () => {
    let data = addIndicator(EXAMPLE, 'growth');
    expect(data.categories[3]!.indicators.map((i) => i.id)).toEqual(['i8', 'i9']);
    data = removeIndicator(data, 'i1');
    expect(data.members.every((m) => m.actuals.every((a) => a.indicator !== 'i1'))).toBe(true);
    data = addMember(data);
    expect(data.members.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('setActual keeps the indicators order and drops an emptied value', () => {
    let data = createData();
    data = setActual(data, 'm1', 'i3', '5');
    data = setActual(data, 'm1', 'i1', '7');
    expect(data.members[0]!.actuals).toEqual([
      { indicator: 'i1', value: '7' },
      { indicator: 'i3', value: '5' },
    ]);
    expect(setActual(data, 'm1', 'i1', '').members[0]!.actuals).toEqual([
      { indicator: 'i3', value: '5' },
    ]);
  });
});

describe('exampleLeftovers', () => {
  it("names what is still the example, and nothing in a card of one's own", () => {
    expect(exampleLeftovers(EXAMPLE)).toEqual({ setup: true, members: ['张伟', '李娜', '王强'] });
    let data = setActual(EXAMPLE, 'm1', 'i1', '460');
    data = updateIndicator(data, 'i2', { name: '毛利率（%）' });
    expect(exampleLeftovers(data)).toEqual({ setup: false, members: ['李娜', '王强'] });
    expect(exampleLeftovers(createData())).toEqual({ setup: false, members: [] });
  });
});
