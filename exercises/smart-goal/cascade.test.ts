import { describe, expect, it } from 'vitest';
import {
  defaultCascade,
  normalizeCascade,
  planCascade,
  splitByMembers,
  splitByPeriods,
  unitDecimals,
} from './cascade';
import {
  createData,
  EXAMPLE,
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
