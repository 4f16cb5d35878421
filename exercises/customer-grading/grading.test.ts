import { describe, expect, it } from 'vitest';
import {
  assessAll,
  duplicateNames,
  formatDrop,
  formatFen,
  formatScore,
  gradeOf,
  listView,
  measureOf,
  mergeLists,
  pyramid,
  revenueFen,
  riskLevel,
  riskPoints,
  signalsOf,
  weightedScore,
  DEFAULT_LIST,
} from './grading';
import { blankCustomer, exampleData } from './model';
import type { Customer } from './schema';

function scored(sales: string, potential: string, strategic: string, stability: string): Customer {
  return { ...blankCustomer('c1'), name: 'x', sales, potential, strategic, stability };
}

describe('customers/key-accounts: the scoring example', () => {
  const rows: [string, string[], string, string][] = [
    ['甲', ['5', '4', '5', '4'], '4.5', 'A'],
    ['乙', ['2', '5', '4', '3'], '3.5', 'B'],
    ['丙', ['4', '2', '2', '5'], '3.2', 'C'],
    ['丁', ['2', '3', '2', '2'], '2.3', 'D'],
  ];
  for (const [name, s, score, grade] of rows) {
    it(`${name}: ${s.join(' ')} → ${score}, ${grade}`, () => {
      const c = scored(s[0]!, s[1]!, s[2]!, s[3]!);
      expect(formatScore(weightedScore(c)!)).toBe(score);
      expect(gradeOf(c)).toBe(grade);
    });
  }

  it('乙: 2 × 30% + 5 × 30% + 4 × 20% + 3 × 20% = 3.5, in hundredths', () => {
    expect(weightedScore(scored('2', '5', '4', '3'))).toBe(350);
  });

  it('the thresholds: 4.2 needs 战略价值 ≥ 4; 3.0 is 重点; equal potential and sales is 维护型', () => {
    // 5,5,3,3 → 4.2 but 战略价值 3: not a 战略合作伙伴; potential = sales → 维护型.
    expect(gradeOf(scored('5', '5', '3', '3'))).toBe('C');
    // 4,5,4,4 → 4.3 with 战略价值 4.
    expect(gradeOf(scored('4', '5', '4', '4'))).toBe('A');
    // 3,3,3,3 → exactly 3.0: a key account.
    expect(formatScore(weightedScore(scored('3', '3', '3', '3'))!)).toBe('3.0');
    expect(gradeOf(scored('3', '3', '3', '3'))).toBe('C');
    // 3,3,3,2 → 2.8.
    expect(gradeOf(scored('3', '3', '3', '2'))).toBe('D');
  });

  it('no grade until all four dimensions hold 1–5 (full-width digits read)', () => {
    expect(gradeOf(scored('5', '4', '', '4'))).toBeNull();
    expect(gradeOf(scored('5', '4', '6', '4'))).toBeNull();
    expect(gradeOf(scored('５', '４', '５', '４'))).toBe('A');
  });
});

describe('customers/churn: the risk score', () => {
  it('the 12-store chain: 15 + 20 + 15 + 10 = 60 → 红', () => {
    const signals = ['contact', 'frequency', 'payment', 'competitor'] as const;
    expect(riskPoints(signals)).toBe(60);
    expect(riskLevel(signals, 'C')).toBe('red');
  });

  it('0–29 绿, 30–59 黄, 60 and more 红; full marks are 100', () => {
    expect(riskLevel([], 'D')).toBe('green');
    expect(riskLevel(['volume', 'engagement'], 'D')).toBe('green'); // 25
    expect(riskLevel(['volume', 'payment'], 'D')).toBe('yellow'); // 30
    expect(riskLevel(['frequency', 'volume', 'payment'], 'D')).toBe('yellow'); // 50
    expect(riskLevel(['frequency', 'volume', 'payment', 'engagement'], 'D')).toBe('red'); // 60
    expect(
      riskPoints([
        'frequency',
        'volume',
        'payment',
        'contact',
        'complaints',
        'competitor',
        'engagement',
      ]),
    ).toBe(100);
  });

  it('战略合作伙伴 and 成长型: any signal of 15 points or more is at least 黄', () => {
    expect(riskLevel(['payment'], 'A')).toBe('yellow');
    expect(riskLevel(['payment'], 'B')).toBe('yellow');
    expect(riskLevel(['payment'], 'C')).toBe('green');
    expect(riskLevel(['competitor', 'engagement'], 'A')).toBe('green'); // 10-point signals only
  });
});

describe('the example list', () => {
  const assessed = assessAll(exampleData().customers);

  it('grades and levels of every customer', () => {
    expect(assessed.map((a) => [a.grade, formatScore(a.score!), a.points, a.level])).toEqual([
      ['A', '4.5', 0, 'green'],
      ['B', '3.5', 15, 'yellow'],
      ['C', '3.2', 30, 'yellow'],
      ['D', '2.3', 10, 'green'],
      ['C', '3.5', 60, 'red'],
    ]);
    expect(assessed.some((a) => a.actionMissing)).toBe(false);
  });

  it('the pyramid: counts, 年销售额 and shares adding up to exactly 100%', () => {
    const p = pyramid(assessed);
    expect(p.tiers.map((t) => [t.grade, t.count, formatFen(t.revenue), t.share])).toEqual([
      ['A', 1, '600', 42.5],
      ['B', 1, '80', 5.7],
      ['C', 2, '670', 47.5],
      ['D', 1, '60', 4.3],
    ]);
    expect(formatFen(p.revenue)).toBe('1,410');
    expect(p.tiers.reduce((s, t) => s + Math.round(t.share! * 10), 0)).toBe(1000);
  });

  it('filters by grade and level and sorts, empty values last', () => {
    const names = (list: typeof assessed) => list.map((a) => a.customer.name.slice(0, 1));
    expect(names(listView(assessed, DEFAULT_LIST))).toEqual(['戊', '丙', '乙', '丁', '甲']);
    expect(names(listView(assessed, { ...DEFAULT_LIST, grade: 'C' }))).toEqual(['戊', '丙']);
    expect(names(listView(assessed, { ...DEFAULT_LIST, level: 'yellow' }))).toEqual(['丙', '乙']);
    expect(
      names(listView(assessed, { ...DEFAULT_LIST, sort: 'revenue', direction: 'ascending' })),
    ).toEqual(['丁', '乙', '戊', '丙', '甲']);
    const withBlank = assessAll([
      ...exampleData().customers,
      { ...blankCustomer('c9'), name: '己' },
    ]);
    expect(names(listView(withBlank, { ...DEFAULT_LIST, sort: 'score' }))).toEqual([
      '甲',
      '乙',
      '戊',
      '丙',
      '丁',
      '己',
    ]);
    expect(names(listView(withBlank, { ...DEFAULT_LIST, grade: 'none' }))).toEqual(['己']);
  });
});

describe('money and names', () => {
  it('reads 年销售额 into fen exactly; bad text is not a number', () => {
    expect(revenueFen('1,234.5')).toBe(123450);
    expect(revenueFen('１２３')).toBe(12300);
    expect(revenueFen('¥0.1')).toBe(10);
    expect(revenueFen('12万')).toBeNull();
    expect(formatFen(123450)).toBe('1,234.5');
    expect(formatFen(10 + 20)).toBe('0.3');
  });

  it('the same customer written twice: spaces and full-width letters ignored', () => {
    expect(duplicateNames(['ＡＢＣ 超市', ' abc  超市', '甲', '乙', '甲 '])).toEqual([
      { name: 'ＡＢＣ 超市', count: 2 },
      { name: '甲', count: 2 },
    ]);
  });
});

describe('汇总: a team lists merged', () => {
  it('flags a customer named in two lists, however its name is spaced or in full-width', () => {
    const first = exampleData().customers;
    const second = [
      { ...blankCustomer('c1'), name: ' 甲：大型食品集团 ', revenue: '500' },
      { ...blankCustomer('c2'), name: 'ＸＹＺ 超市' },
      { ...blankCustomer('c3'), name: 'xyz  超市' },
    ];
    const merged = mergeLists([first, second]);
    expect(merged.rows).toHaveLength(8);
    expect(merged.shared).toEqual(['甲：大型食品集团']);
    expect(merged.rows.filter((r) => r.lists > 1).map((r) => r.list)).toEqual([0, 1]);
    // Twice in the same list is not two lists.
    expect(merged.rows.at(-1)!.lists).toBe(1);
  });
});

describe('customers/churn: measured signals decide in place of the tick', () => {
  const with_ = (patch: Partial<Customer>): Customer => ({ ...blankCustomer('c1'), ...patch });

  it('the chain: 13 orders a year before, 5 now → down 61.5%, 订货频次下降 met', () => {
    const chain = exampleData().customers[4]!;
    expect(measureOf(chain, 'frequency')).toEqual({ dropTenths: 615, met: true });
    expect(formatDrop(615)).toEqual({ down: true, percent: '61.5%' });
    expect(signalsOf(chain)).toEqual(['frequency', 'payment', 'contact', 'competitor']);
  });

  it('"下降 30% 以上" counts 30% itself; purchases are compared in fen', () => {
    expect(measureOf(with_({ orders3m: '7', ordersPrior: '10' }), 'frequency')!.met).toBe(true);
    expect(measureOf(with_({ orders3m: '71', ordersPrior: '100' }), 'frequency')!.met).toBe(false);
    expect(measureOf(with_({ purchase3m: '80', purchasePrior: '100' }), 'volume')!.met).toBe(true);
    expect(measureOf(with_({ purchase3m: '80.01', purchasePrior: '100' }), 'volume')!.met).toBe(
      false,
    );
    expect(measureOf(with_({ purchase3m: '70', purchasePrior: '90' }), 'volume')).toEqual({
      dropTenths: 222,
      met: true,
    });
  });

  it('growth is no signal, even when ticked; without both figures the tick counts', () => {
    const grown = with_({ orders3m: '11', ordersPrior: '10', signals: ['frequency'] });
    expect(measureOf(grown, 'frequency')).toEqual({ dropTenths: -100, met: false });
    expect(formatDrop(-100)).toEqual({ down: false, percent: '10%' });
    expect(signalsOf(grown)).toEqual([]);
    expect(signalsOf(with_({ orders3m: '3', signals: ['frequency'] }))).toEqual(['frequency']);
    expect(measureOf(with_({ orders3m: '3', ordersPrior: '0' }), 'frequency')).toBeNull();
    expect(measureOf(with_({ orders3m: '3.5', ordersPrior: '10' }), 'frequency')).toBeNull();
  });
});
