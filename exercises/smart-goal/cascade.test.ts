import { describe, expect, it } from 'vitest';
import {
  defaultCascade,
  normalizeCascade,
  periodShape,
  planCascade,
  planMonths,
  remainderOf,
  splitByMembers,
  splitByPeriods,
  unitDecimals,
} from './cascade';
import { periodLabels, personMonth } from './cascade-labels';
import { crossSplit, trackAttainment } from './cascade-tables';
import {
  createData,
  EXAMPLE,
  setActual,
  setFiscalStart,
  setPeriodMode,
  setSubWeight,
  setTopOverride,
  setTopWeight,
  updateMember,
} from './model';
import type { SmartGoalData } from './schema';

const even = (n: number) => Array.from({ length: n }, () => 1);

describe('splitByPeriods', () => {
  it('splits a year into quarters and months that add up exactly', () => {
    const result = splitByPeriods(
      100,
      { top: even(4), sub: [even(3), even(3), even(3), even(3)] },
      { decimals: 0 },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.periods.map((p) => p.value)).toEqual([25, 25, 25, 25]);
    expect(result.periods.map((p) => p.subs)).toEqual([
      [9, 8, 8],
      [9, 8, 8],
      [9, 8, 8],
      [9, 8, 8],
    ]);
    expect(result).toMatchObject({ sum: 100, difference: 0, mismatch: false });
  });

  it('splits 100 over 3 months as 34 + 33 + 33', () => {
    const result = splitByPeriods(
      100,
      { top: even(3), sub: [even(4), even(4), even(5)] },
      { decimals: 0 },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.periods.map((p) => p.value)).toEqual([34, 33, 33]);
    expect(result.periods[2].subs).toEqual([7, 7, 7, 6, 6]);
  });

  it('follows seasonal weights, including a zero', () => {
    const result = splitByPeriods(
      1000,
      { top: [0, 2, 3, 5], sub: [even(3), [1, 0, 1], even(3), even(3)] },
      { decimals: 2 },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.periods.map((p) => p.value)).toEqual([0, 200, 300, 500]);
    expect(result.periods[1].subs).toEqual([100, 0, 100]);
    expect(result.periods[3].subs).toEqual([166.67, 166.67, 166.66]);
  });

  it('refuses when every weight is zero', () => {
    expect(splitByPeriods(10, { top: [0, 0, 0], sub: [[1], [1], [1]] }, { decimals: 0 })).toEqual({
      ok: false,
      reason: 'no-weight',
    });
  });

  it('reports a mismatch when a share is typed by hand', () => {
    const result = splitByPeriods(
      100,
      { top: even(4), sub: [even(3), even(3), even(3), even(3)] },
      { decimals: 0, overrides: [null, 30, null, null] },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.periods[1]).toEqual({
      value: 30,
      auto: 25,
      overridden: true,
      subs: [10, 10, 10],
      subRemainder: null,
    });
    expect(result).toMatchObject({ sum: 105, difference: 5, mismatch: true });
  });

  it('is balanced again when the hand-typed shares add up', () => {
    const result = splitByPeriods(
      100,
      { top: even(2), sub: [even(1), even(1)] },
      {
        decimals: 0,
        overrides: [60, 40],
      },
    );
    expect(result).toMatchObject({ ok: true, sum: 100, mismatch: false });
  });
});

describe('splitByMembers', () => {
  it('splits by weight with exact sums', () => {
    const result = splitByMembers(
      35,
      [
        { name: '张伟', weight: 4 },
        { name: '李娜', weight: 3 },
        { name: '王强', weight: 3 },
        { name: '新人', weight: 2 },
      ],
      { decimals: 0 },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.shares.map((s) => [s.name, s.value])).toEqual([
      ['张伟', 11],
      ['李娜', 9],
      ['王强', 9],
      ['新人', 6],
    ]);
    expect(result.mismatch).toBe(false);
  });

  it('gives nothing to weight 0 and reports a hand-typed mismatch', () => {
    const result = splitByMembers(
      10,
      [
        { name: 'a', weight: 0 },
        { name: 'b', weight: 1, override: 3 },
        { name: 'c', weight: 1 },
      ],
      { decimals: 0 },
    );
    expect(result).toMatchObject({
      ok: true,
      shares: [{ value: 0 }, { value: 3, auto: 5, overridden: true }, { value: 5 }],
      sum: 8,
      difference: -2,
      mismatch: true,
    });
  });

  it('splits money to the fen', () => {
    const result = splitByMembers(
      100,
      [1, 1, 1].map((w, i) => ({ name: `${i}`, weight: w })),
      {
        decimals: 2,
      },
    );
    expect(result).toMatchObject({
      shares: [{ value: 33.34 }, { value: 33.33 }, { value: 33.33 }],
    });
  });
});

describe('planCascade reads the form', () => {
  const form = (patch: Partial<SmartGoalData>): SmartGoalData => ({ ...createData(), ...patch });

  it.each([
    ['家', 0],
    ['件', 0],
    [' 个 ', 0],
    ['万元', 2],
    ['吨', 2],
    ['', 2],
  ])('unit %j counts with %d decimals', (unit, decimals) => {
    expect(unitDecimals(unit)).toBe(decimals);
  });

  it('needs a target', () => {
    expect(planCascade(form({ target: '' }), '家')).toEqual({ ok: false, reason: 'no-total' });
    expect(planCascade(form({ target: 'abc' }), '家')).toEqual({ ok: false, reason: 'no-total' });
  });

  it('does not add up rates', () => {
    expect(planCascade(form({ target: '20' }), '%')).toEqual({ ok: false, reason: 'not-additive' });
  });

  it('splits the change from baseline when asked (the example: 15 new customers)', () => {
    const plan = planCascade(EXAMPLE, '家');
    if (!plan.ok || !plan.periods.ok || !plan.members?.ok) throw new Error('expected a plan');
    expect(plan.total).toBe(15);
    expect(plan.periods.periods.map((p) => p.value)).toEqual([3, 6, 6]);
    expect(plan.members.shares.map((s) => s.value)).toEqual([6, 6, 3]);
  });

  it('splits the change out of a loss (−50 → 20 万元 is 70 万元 to find)', () => {
    const data = form({
      baseline: '-50',
      target: '20',
      unit: '万元',
      cascade: { ...defaultCascade('year'), basis: 'increase' },
    });
    const plan = planCascade(data, '万元');
    if (!plan.ok || !plan.periods.ok) throw new Error('expected a plan');
    expect(plan.total).toBe(70);
    expect(plan.periods.periods.map((p) => p.value)).toEqual([17.5, 17.5, 17.5, 17.5]);
  });

  it('treats invalid or empty weights as 0 and reads hand-typed shares', () => {
    let data = form({ target: '１,２００', cascade: defaultCascade('year') });
    data = setTopWeight(data, 0, 'x');
    data = setTopWeight(data, 1, '');
    data = setSubWeight(data, 2, 0, '2');
    data = setTopOverride(data, 3, '500');
    const plan = planCascade(data, '万元');
    if (!plan.ok || !plan.periods.ok) throw new Error('expected a plan');
    expect(plan.periods.periods.map((p) => p.value)).toEqual([0, 0, 600, 500]);
    expect(plan.periods.periods[2].subs).toEqual([300, 150, 150]);
    expect(plan.periods).toMatchObject({ sum: 1100, difference: -100, mismatch: true });
  });

  it('members with all-zero weights cannot be split', () => {
    let data = form({
      target: '10',
      cascade: { ...defaultCascade(), members: [{ name: 'a', weight: '1', override: '' }] },
    });
    data = updateMember(data, 0, { weight: '0' });
    const plan = planCascade(data, '家');
    expect(plan.ok && plan.members).toEqual({ ok: false, reason: 'no-weight' });
  });

  it('repairs weight lists that do not match the mode', () => {
    const repaired = normalizeCascade({
      ...defaultCascade('quarter'),
      topWeights: ['2'],
      subWeights: [],
    });
    expect(repaired.topWeights).toEqual(['2', '1', '1']);
    expect(repaired.subWeights.map((s) => s.length)).toEqual([4, 4, 5]);
    expect(repaired.topOverrides).toEqual(['', '', '']);
  });
});

describe('periods follow the fiscal year and the deadline', () => {
  const goal = (fiscalStart: number, deadline: string): SmartGoalData => ({
    ...createData(),
    target: '1200',
    unit: '万元',
    deadline,
    cascade: { ...defaultCascade('year'), fiscalStart },
  });
  const months = (list: { month: number; nextYear: boolean }[]) =>
    list.map((m) => (m.nextYear ? `+${m.month}` : `${m.month}`));

  it('runs 4 月 … 次年 3 月 for a fiscal year from April and a deadline of 2027-03-31', () => {
    expect(months(planMonths(4, '2027-03-31'))).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '+1',
      '+2',
      '+3',
    ]);
    const data = goal(4, '2027-03-31');
    expect(periodShape(data.cascade, data.deadline)).toEqual([3, 3, 3, 3]);
    const labels = periodLabels(data);
    expect(labels.top[0]).toBe('第一季度');
    expect(labels.sub[0]).toEqual(['4 月', '5 月', '6 月']);
    expect(labels.sub[3]).toEqual(['次年 1 月', '次年 2 月', '次年 3 月']);
  });

  it('stops at the deadline: April start, deadline 2026-11-30 → 4–11 月 in 3 + 3 + 2 months', () => {
    expect(months(planMonths(4, '2026-11-30'))).toEqual(['4', '5', '6', '7', '8', '9', '10', '11']);
    const data = goal(4, '2026-11-30');
    expect(periodShape(data.cascade, data.deadline)).toEqual([3, 3, 2]);
    // 1,200 万元 over three quarters by equal weight: 400 each; the short Q3 splits 200 + 200.
    const plan = planCascade(data, '万元');
    if (!plan.ok || !plan.periods.ok) throw new Error('expected a plan');
    expect(plan.periods.periods.map((p) => p.value)).toEqual([400, 400, 400]);
    expect(plan.periods.periods[2].subs).toEqual([200, 200]);
    expect(plan.periods.sum).toBe(1200);
  });

  it('keeps 1–12 月 for a calendar year or without a deadline', () => {
    expect(planMonths(1, '2027-12-31').map((m) => m.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(planMonths(7, '')).toHaveLength(12);
    expect(planMonths(1, '2027-06-30')).toHaveLength(6);
    expect(periodShape({ ...defaultCascade('quarter'), fiscalStart: 4 }, '2027-03-31')).toEqual([
      4, 4, 5,
    ]);
  });

  it('keeps weights typed for months that a later deadline brings back', () => {
    let data = goal(1, '2027-12-31');
    data = setSubWeight(data, 3, 2, '5');
    data = { ...data, deadline: '2027-06-30' };
    data = setTopWeight(data, 0, '2');
    expect(data.cascade.subWeights[3][2]).toBe('5');
    data = { ...data, deadline: '2027-12-31' };
    const plan = planCascade(data, '万元');
    if (!plan.ok || !plan.periods.ok) throw new Error('expected a plan');
    // Weights 2:1:1:1 → 480, 240, 240, 240. Q4 by 1:1:5 in fen: 24,000 ÷ 7 = 3,428.57 twice and
    // 17,142.86; rounded down 33,998, the 2 fen left go to .86 (3 月) and the first .57 (1 月).
    expect(plan.periods.periods.map((p) => p.value)).toEqual([480, 240, 240, 240]);
    expect(plan.periods.periods[3].subs).toEqual([34.29, 34.28, 171.43]);
  });

  it('sets the fiscal start only to a month and keeps it when the mode changes', () => {
    const data = setFiscalStart(goal(1, ''), 4);
    expect(data.cascade.fiscalStart).toBe(4);
    expect(setFiscalStart(data, 13)).toBe(data);
    expect(setFiscalStart(data, 2.5)).toBe(data);
    expect(setPeriodMode(setPeriodMode(data, 'quarter'), 'year').cascade.fiscalStart).toBe(4);
  });
});

describe('where the rounding remainder went', () => {
  it('100 家 over 3 people by equal weight → 34/33/33, remainder 1 to the first', () => {
    const result = splitByMembers(
      100,
      ['张伟', '李娜', '王强'].map((name) => ({ name, weight: 1 })),
      { decimals: 0 },
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.shares.map((s) => s.value)).toEqual([34, 33, 33]);
    expect(result.remainder).toEqual({ amount: 1, step: 1, to: [0] });
  });

  it('goes to the largest remainders: 35 by 4:3:3:2 → 11.67, 8.75, 8.75, 5.83 → 11/9/9/6', () => {
    // Rounded down 11 + 8 + 8 + 5 = 32; 3 left go to .83 (新人), .75 (李娜), .75 (王强).
    const weights = [4, 3, 3, 2];
    expect(remainderOf(35, weights, [11, 9, 9, 6], 0)).toEqual({
      amount: 3,
      step: 1,
      to: [1, 2, 3],
    });
  });

  it('counts money in fen: 100 万元 over 3 → 33.34/33.33/33.33, 0.01 to the first', () => {
    expect(remainderOf(100, [1, 1, 1], [33.34, 33.33, 33.33], 2)).toEqual({
      amount: 0.01,
      step: 0.01,
      to: [0],
    });
  });

  it('is null when the split divides evenly', () => {
    expect(remainderOf(100, [1, 1, 1, 1], [25, 25, 25, 25], 0)).toBeNull();
    const split = splitByPeriods(
      100,
      { top: even(4), sub: [even(3), even(3), even(3), even(3)] },
      {
        decimals: 0,
      },
    );
    expect(split.ok && split.remainder).toBeNull();
  });

  it('is reported inside a period too: a quarter of 25 over its 3 months → 9/8/8, 1 to the first', () => {
    // 100 over 4 quarters = 25 each; 25 ÷ 3 = 8.33 a month: 8 + 8 + 8 = 24, 1 left to month 1.
    const split = splitByPeriods(
      100,
      { top: even(4), sub: [even(3), even(3), even(3), even(3)] },
      { decimals: 0 },
    );
    if (!split.ok) throw new Error('expected ok');
    expect(split.periods[0].subs).toEqual([9, 8, 8]);
    expect(split.periods[0].subRemainder).toEqual({ amount: 1, step: 1, to: [0] });
    // 120 over 4 quarters = 30, over 3 months = 10 each: nothing left.
    const even120 = splitByPeriods(
      120,
      { top: even(4), sub: [even(3), even(3), even(3), even(3)] },
      { decimals: 0 },
    );
    expect(even120.ok && even120.periods.map((p) => p.subRemainder)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('is reported for periods too: 100 over 3 months → remainder 1 to the first month', () => {
    const split = splitByPeriods(
      100,
      { top: even(3), sub: [even(4), even(4), even(5)] },
      {
        decimals: 0,
      },
    );
    expect(split.ok && split.remainder).toEqual({ amount: 1, step: 1, to: [0] });
  });
});

describe('达成率 tracking', () => {
  it('shows the period and the cumulative attainment with worked numbers', () => {
    // Targets 30/30/40 of 100; actuals 27 and 36: 27 ÷ 30 = 90%, 36 ÷ 30 = 120%;
    // cumulative 63 ÷ 60 = 105%, and 63 ÷ 100 = 63% of the whole target.
    const rows = trackAttainment([30, 30, 40], [27, 36, null], 100, 0);
    expect(rows[0]).toEqual({
      target: 30,
      actual: 27,
      rate: 0.9,
      cumTarget: 30,
      cumActual: 27,
      cumRate: 0.9,
      ofTotal: 0.27,
    });
    expect(rows[1]).toMatchObject({ rate: 1.2, cumTarget: 60, cumActual: 63, cumRate: 1.05 });
    expect(rows[1].ofTotal).toBeCloseTo(0.63, 10);
    expect(rows[2]).toMatchObject({ actual: null, rate: null, cumTarget: 100, cumActual: 63 });
  });

  it('has no rate for a target of 0 and no cumulative before any actual', () => {
    const rows = trackAttainment([0, 10], [null, 5], 10, 0);
    expect(rows[0]).toMatchObject({ rate: null, cumActual: null, cumRate: null, ofTotal: null });
    expect(rows[1]).toMatchObject({ rate: 0.5, cumRate: 0.5, ofTotal: 0.5 });
  });

  it('reads actuals from the form with the unit rules (money to the fen, no negatives)', () => {
    let data: SmartGoalData = { ...createData(), target: '1200', unit: '万元' };
    data = setActual(data, 0, '１０５.５');
    data = setActual(data, 1, '-3');
    data = setActual(data, 2, 'abc');
    expect(data.cascade.actuals.slice(0, 4)).toEqual(['１０５.５', '-3', 'abc', '']);
    const plan = planCascade(data, '万元');
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.actuals.slice(0, 4)).toEqual([105.5, null, null, null]);
    // Month 1 target: 1,200 ÷ 4 ÷ 3 = 100 → 105.5%.
    if (!plan.periods.ok) throw new Error('expected periods');
    const rows = trackAttainment(
      plan.periods.periods.flatMap((p) => p.subs),
      plan.actuals,
      plan.total,
      plan.decimals,
    );
    expect(rows[0]).toMatchObject({ target: 100, actual: 105.5, rate: 1.055 });
    expect(rows).toHaveLength(12);
  });
});

describe('person × month', () => {
  it('splits 2 + 1 over three months of 1 so that rows and columns both add up', () => {
    // Row 2 by 1:1:1 → 1, 1, 0; row 1 → 1, 0, 0. Month 1 has 2 (target 1), month 3 has 0:
    // one unit of row 1 moves from month 1 to month 3 (first of the equally rounded rows).
    expect(crossSplit([2, 1], [1, 1, 1], 0)).toEqual([
      [0, 1, 1],
      [1, 0, 0],
    ]);
  });

  it('100 家 over 34/33/33 people and 12 months of 9/8/8 adds up exactly both ways', () => {
    const months = [9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8];
    const people = [34, 33, 33];
    const cells = crossSplit(people, months, 0);
    if (!cells) throw new Error('expected a table');
    expect(cells.map((row) => row.reduce((a, b) => a + b, 0))).toEqual(people);
    expect(months.map((_, j) => cells.reduce((a, row) => a + row[j], 0))).toEqual(months);
    // Every cell stays within one unit of its exact share (34 × 9 ÷ 100 = 3.06 …) and ≥ 0.
    cells.forEach((row, i) =>
      row.forEach((v, j) => {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(Math.abs(v - (people[i] * months[j]) / 100)).toBeLessThan(1);
      }),
    );
  });

  it('works in fen for money and refuses totals that differ', () => {
    // In fen: 6,667 → 3,334 + 3,333 and 3,333 → 1,667 + 1,666, so month 1 has 5,001 (target
    // 5,000); both rows rounded it up by 0.5 fen, the first gives its fen to month 2.
    const cells = crossSplit([66.67, 33.33], [50, 50], 2);
    expect(cells).toEqual([
      [33.33, 33.34],
      [16.67, 16.66],
    ]);
    expect(crossSplit([10, 5], [10, 4], 0)).toBeNull();
  });
});

describe('the person × month table from the form', () => {
  const data: SmartGoalData = {
    ...createData(),
    target: '100',
    unit: '家',
    cascade: {
      ...defaultCascade('year'),
      members: ['张伟', '李娜', ''].map((name) => ({ name, weight: '1', override: '' })),
    },
  };

  it('has a row per person and a column per month, adding up to 100 both ways', () => {
    const table = personMonth(data, planCascade(data, '家'));
    if (!table || table === 'mismatch') throw new Error('expected a table');
    expect(table.names).toEqual(['张伟', '李娜', '成员 3']);
    expect(table.months).toHaveLength(12);
    expect(table.monthTargets).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
    expect(table.cells.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([34, 33, 33]);
  });

  it('is held back while hand-typed shares break the totals', () => {
    const typed = updateMember(data, 0, { override: '40' });
    expect(personMonth(typed, planCascade(typed, '家'))).toBe('mismatch');
  });
});
