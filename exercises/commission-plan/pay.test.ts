/** The worked figures of team/commission, reproduced by the worksheet's arithmetic. */
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatRate } from '../core/big-format';
import { createData, exampleData, type CommissionData } from './model';
import {
  capReachedAt,
  cliffs,
  curveSegments,
  curveTable,
  payAt,
  readPlan,
  repPay,
  teamFigures,
  tierCommissionOnSales,
  type Plan,
} from './pay';

const amount = (value: Big) => formatAmount(value);

function planOf(data: CommissionData): Plan {
  const reading = readPlan(data);
  if (!reading.ok) throw new Error(reading.problems.join());
  return reading.plan;
}

/** The chapter's tier table, with bounds at 30 and 50 万元 as attainment of a 50 万元 target. */
const chapter = planOf(exampleData());
const TARGET = new Big(500_000);
const onSales = (sales: number, method: 'progressive' | 'flat') =>
  amount(tierCommissionOnSales(chapter.tiers, method, new Big(sales), TARGET));

describe('阶梯提成: 分段累进 and 全额累进 (team/commission)', () => {
  it('40 万元: 累进 30 × 2% + 10 × 3% = 9,000 元; 全额 40 × 3% = 12,000 元', () => {
    expect(onSales(400_000, 'progressive')).toBe('9,000');
    expect(onSales(400_000, 'flat')).toBe('12,000');
  });

  it('全额 at the bound: 49.9 万元 → 14,970 元, 50.1 万元 → 20,040 元, 5,070 元 more for 2,000 元', () => {
    expect(onSales(499_000, 'flat')).toBe('14,970');
    expect(onSales(501_000, 'flat')).toBe('20,040');
    expect(
      amount(
        tierCommissionOnSales(chapter.tiers, 'flat', new Big(501_000), TARGET).minus(
          tierCommissionOnSales(chapter.tiers, 'flat', new Big(499_000), TARGET),
        ),
      ),
    ).toBe('5,070');
  });

  it('累进 at the bound: 49.9 万元 → 11,970 元, 50.1 万元 → 12,040 元, only 70 元 more', () => {
    expect(onSales(499_000, 'progressive')).toBe('11,970');
    expect(onSales(501_000, 'progressive')).toBe('12,040');
    expect(
      amount(
        tierCommissionOnSales(chapter.tiers, 'progressive', new Big(501_000), TARGET).minus(
          tierCommissionOnSales(chapter.tiers, 'progressive', new Big(499_000), TARGET),
        ),
      ),
    ).toBe('70');
  });
});

describe('三名销售代表的演算 (底薪 6,000 元, 累进, 毛利系数)', () => {
  const team = teamFigures(exampleData());
  if (!team.ok) throw new Error('example unreadable');
  const [jia, yi, bing] = team.team.pays;

  it('甲: 5,000 × 1.2 = 6,000 元, 当月收入 12,000 元', () => {
    expect(amount(jia!.tierCommission)).toBe('5,000');
    expect(jia!.marginFactor?.toString()).toBe('1.2');
    expect(formatRate(jia!.marginRate!)).toBe('32%');
    expect(amount(jia!.commission)).toBe('6,000');
    expect(amount(jia!.pay)).toBe('12,000');
  });

  it('乙: 9,000 × 1.0 = 9,000 元, 当月收入 15,000 元', () => {
    expect(amount(yi!.tierCommission)).toBe('9,000');
    expect(yi!.marginFactor?.toString()).toBe('1');
    expect(amount(yi!.commission)).toBe('9,000');
    expect(amount(yi!.pay)).toBe('15,000');
  });

  it('丙: 30 × 2% + 20 × 3% + 20 × 4% = 20,000 元 × 0.6 = 12,000 元, 当月收入 18,000 元', () => {
    expect(amount(bing!.tierCommission)).toBe('20,000');
    expect(formatRate(bing!.marginRate!)).toBe('18%');
    expect(bing!.marginFactor?.toString()).toBe('0.6');
    expect(amount(bing!.commission)).toBe('12,000');
    expect(amount(bing!.pay)).toBe('18,000');
  });

  it('丙 gets 4 times 甲 without the margin factor, 2 times with it; margin 12.6 万元 against 8 万元', () => {
    expect(bing!.tierCommission.div(jia!.tierCommission).toString()).toBe('4');
    expect(bing!.commission.div(jia!.commission).toString()).toBe('2');
    expect(amount(bing!.marginRate!.times(bing!.sales))).toBe('126,000');
    expect(amount(jia!.marginRate!.times(jia!.sales))).toBe('80,000');
  });

  it('the team: 45,000 元 of pay on 135 万元 of sales, a cost of sales of 3.3%', () => {
    expect(amount(team.team.totalPay)).toBe('45,000');
    expect(amount(team.team.totalCommission)).toBe('27,000');
    expect(amount(team.team.totalSales)).toBe('1,350,000');
    expect(formatRate(team.team.costRatio!)).toBe('3.3%');
    // 累进 has no cliff; the cap is not set.
    expect(team.team.cliffs).toEqual([]);
    expect(team.team.capAt).toBeNull();
  });
});

describe('断崖与封顶 (team/commission)', () => {
  it('封顶 15,000 元 without margin factors: 丙 20,000 元 is cut to 15,000 元, 5,000 元 less', () => {
    const data = { ...exampleData(), marginBands: [], cap: '15,000' };
    const bing = repPay(planOf(data), data.reps[2]!);
    if (!bing.ok) throw new Error('unreadable');
    expect(amount(bing.pay.beforeCap)).toBe('20,000');
    expect(amount(bing.pay.commission)).toBe('15,000');
    expect(amount(bing.pay.cappedOff)).toBe('5,000');
  });

  it('the cap is reached at 115% of a 50 万元 target by 累进, and before target by 全额 at 12,000 元', () => {
    const capped = planOf({ ...exampleData(), cap: '15,000' });
    const curve = { target: TARGET, baseRatio: new Big(1) };
    expect(formatRate(capReachedAt(capped, 'progressive', curve)!)).toBe('115%');
    const low = planOf({ ...exampleData(), cap: '12,000', method: 'flat' });
    expect(formatRate(capReachedAt(low, 'flat', curve)!)).toBe('80%');
  });

  it('全额 shows the cliff at 100%: pay jumps from 21,000 to 26,000 元 (and at 60% from 12,000 to 15,000)', () => {
    const flat = planOf({ ...exampleData(), method: 'flat' });
    const curve = { target: TARGET, baseRatio: new Big(1) };
    expect(
      cliffs(flat, 'flat', curve).map((c) => [
        formatRate(c.at),
        amount(c.before),
        amount(c.after),
        amount(c.jump),
      ]),
    ).toEqual([
      ['60%', '12,000', '15,000', '3,000'],
      ['100%', '21,000', '26,000', '5,000'],
    ]);
  });

  it('a 门槛 below 80% (0% rate, then 3% on all) is a cliff; a lower rate above a bound lowers pay', () => {
    const threshold = planOf({
      ...createData(),
      baseSalary: '6000',
      method: 'flat',
      tiers: [
        { id: 't1', from: '0', rate: '0' },
        { id: 't2', from: '80', rate: '3' },
      ],
    });
    const curve = { target: TARGET, baseRatio: new Big(1) };
    expect(cliffs(threshold, 'flat', curve).map((c) => amount(c.jump))).toEqual(['12,000']);
    // The case: above 80 万元 the rate falls from 4% to 3% — by 全额, one more sale costs 8,000 元.
    const lower = planOf({
      ...createData(),
      method: 'flat',
      tiers: [
        { id: 't1', from: '0', rate: '4' },
        { id: 't2', from: '160', rate: '3' },
      ],
    });
    const [drop] = cliffs(lower, 'flat', curve);
    expect([amount(drop!.before), amount(drop!.after), amount(drop!.jump)]).toEqual([
      '32,000',
      '24,000',
      '-8,000',
    ]);
    expect(cliffs(lower, 'progressive', curve)).toEqual([]);
  });

  it('the chart table every 10% and the segments of both lines', () => {
    const curve = { target: TARGET, baseRatio: new Big(1) };
    const rows = curveTable(chapter, curve);
    expect(rows).toHaveLength(21);
    expect(
      rows
        .filter((_, i) => i % 5 === 0)
        .map((r) => [formatRate(r.a), amount(r.progressive), amount(r.flat)]),
    ).toEqual([
      ['0%', '6,000', '6,000'],
      ['50%', '11,000', '11,000'],
      ['100%', '18,000', '26,000'],
      ['150%', '28,000', '36,000'],
      ['200%', '38,000', '46,000'],
    ]);
    expect(payAt(chapter, 'progressive', curve, new Big(0.8)).toString()).toBe('15000');
    expect(curveSegments(chapter, 'flat', curve)).toHaveLength(3);
  });
});

describe('提成基数、回款比例与个人绩效系数', () => {
  const plain = { ...exampleData(), marginBands: [] };

  it('on margin: 丙 gets 20,000 × 126,000 ÷ 700,000 = 3,600 元', () => {
    const data = { ...plain, base: 'margin' as const };
    const bing = repPay(planOf(data), data.reps[2]!);
    expect(bing.ok && amount(bing.pay.commission)).toBe('3,600');
  });

  it('回款比例 100% with 80% collected pays 80%; 50% of it linked pays 90%', () => {
    const rep = { ...plain.reps[1]!, collected: '320,000' };
    const full = repPay(planOf(plain), rep);
    expect(full.ok && amount(full.pay.commission)).toBe('7,200');
    const half = repPay(planOf({ ...plain, collectionShare: '50%' }), rep);
    expect(half.ok && amount(half.pay.commission)).toBe('8,100');
  });

  it('个人绩效系数 1.1 from the scorecard multiplies the commission', () => {
    const rep = repPay(planOf(plain), { ...plain.reps[1]!, performance: '1.1' });
    expect(rep.ok && amount(rep.pay.commission)).toBe('9,900');
  });

  it('warns when commission is on sales while a rep sells at a lower margin', () => {
    const team = teamFigures(plain);
    if (!team.ok) throw new Error('unreadable');
    expect(formatRate(team.team.teamMarginRate!)).toBe('22.7%');
    expect(
      team.team.marginWarnings.map((w) => [
        w.rep.name,
        formatRate(w.marginRate),
        formatRate(w.commissionShare),
        formatRate(w.marginShare),
      ]),
    ).toEqual([['丙', '18%', '58.8%', '41.2%']]);
    expect(
      teamFigures(exampleData()).ok &&
        (teamFigures(exampleData()) as { ok: true; team: { marginWarnings: unknown[] } }).team
          .marginWarnings,
    ).toEqual([]);
  });

  it('bad input: the plan or the rep says what cannot be read, nothing is guessed', () => {
    expect(readPlan({ ...plain, baseSalary: '6千' })).toEqual({
      ok: false,
      problems: ['baseSalary'],
    });
    expect(readPlan({ ...plain, tiers: [] })).toEqual({ ok: false, problems: ['noTiers'] });
    expect(readPlan({ ...plain, tiers: [{ id: 't1', from: '0', rate: '2厘' }] })).toEqual({
      ok: false,
      problems: ['tiers'],
    });
    const bad = repPay(planOf(plain), { ...plain.reps[0]!, sales: '25万' });
    expect(bad).toMatchObject({ ok: false, problem: 'sales' });
    expect(repPay(planOf(exampleData()), { ...plain.reps[0]!, margin: '' })).toMatchObject({
      ok: false,
      problem: 'margin',
    });
    expect(teamFigures(createData())).toMatchObject({ ok: false, problems: ['noTiers'] });
    // A bad 测算目标 keeps every rep's pay; only the chart waits.
    const badTarget = teamFigures({ ...plain, chartTarget: '50万' });
    expect(badTarget).toMatchObject({
      ok: true,
      team: { chartTargetUnreadable: true, curve: null },
    });
    expect(badTarget.ok && badTarget.team.pays).toHaveLength(3);
  });
});
