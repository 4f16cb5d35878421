import { describe, expect, it } from 'vitest';
import { computeChain } from './chain';
import { createData, EXAMPLE, type ChannelPricingData } from './model';
import { dec, formatPercent, formatYuan } from './money';
import { breakEvenIncrease, computeScenarios } from './scenarios';
import { summarize } from './summary';

function waterfall(data: ChannelPricingData): string[][] {
  const summary = summarize(computeChain(data));
  if (!summary) throw new Error('no summary');
  return summary.waterfall.map((w) => [
    w.label,
    formatYuan(w.amount),
    w.share ? formatPercent(w.share) : '—',
  ]);
}

describe('the price waterfall', () => {
  it('splits the retail price on one basis, 不含税, with the total VAT as its own bar', () => {
    // The chapter's example on one basis: 100 ÷ 1.13 = 88.495… → 88.50 不含税零售价, VAT 11.50;
    // 80 ÷ 1.13 = 70.796… → 70.80; 60 ÷ 1.13 = 53.097… → 53.10.
    // 零售商 88.50 − 70.80 = 17.70 (17.70 ÷ 88.50 = 20.0 %); 经销商 70.80 − 53.10 = 17.70;
    // 厂商 53.10 − 40 = 13.10 (13.10 ÷ 88.50 = 14.80 %); cost 40 ÷ 88.50 = 45.20 %.
    expect(waterfall(EXAMPLE)).toEqual([
      ['零售价（消费者进价，含税）', '100.00', '—'],
      ['增值税合计', '11.50', '13.0%'],
      ['不含税零售价', '88.50', '100.0%'],
      ['零售商毛利', '17.70', '20.0%'],
      ['经销商毛利', '17.70', '20.0%'],
      ['不含税出厂价（厂商售价）', '53.10', '60.0%'],
      ['厂商毛利', '13.10', '14.8%'],
      ['单位成本', '40.00', '45.2%'],
    ]);
  });

  it('starts a 不含税 chain’s chart from the 含税 retail price', () => {
    expect(formatYuan(summarize(computeChain({ ...EXAMPLE, priceBasis: 'net' }))!.retail)).toBe(
      '113.00',
    );
  });

  it('adds the VAT on top of a 不含税 chain', () => {
    // 100 不含税 × 1.13 = 113.00 含税, VAT 13.00; 20 + 20 + (60 − 40) + 40 = 100.
    expect(waterfall({ ...EXAMPLE, priceBasis: 'net' })).toEqual([
      ['零售价（消费者进价，含税）', '113.00', '—'],
      ['增值税合计', '13.00', '13.0%'],
      ['不含税零售价', '100.00', '100.0%'],
      ['零售商毛利', '20.00', '20.0%'],
      ['经销商毛利', '20.00', '20.0%'],
      ['不含税出厂价（厂商售价）', '60.00', '60.0%'],
      ['厂商毛利', '20.00', '20.0%'],
      ['单位成本', '40.00', '40.0%'],
    ]);
  });

  it('gives the headline figures on the 不含税 basis', () => {
    const summary = summarize(computeChain(EXAMPLE))!;
    expect(formatYuan(summary.producerNet)).toBe('53.10');
    expect(formatYuan(summary.producerMargin!)).toBe('13.10');
    expect(formatPercent(summary.producerMarginRate!)).toBe('24.7%'); // 13.10 ÷ 53.10
    expect(formatPercent(summary.producerShare!)).toBe('14.8%'); // 13.10 ÷ 88.50
    expect(formatYuan(summary.retailNet)).toBe('88.50');
    expect(formatYuan(summary.vat!)).toBe('11.50'); // 100 − 88.50
    expect(formatYuan(summary.channelMargin)).toBe('35.40'); // 88.50 − 53.10 = 17.70 + 17.70
    expect(formatPercent(summary.channelShare!)).toBe('40.0%'); // 35.40 ÷ 88.50
  });

  it('stops at the producer’s revenue without a cost', () => {
    expect(
      waterfall({ ...EXAMPLE, unitCost: '' })
        .map((r) => r[0])
        .at(-1),
    ).toBe('不含税出厂价（厂商售价）');
  });

  it('waits for a complete chain', () => {
    expect(summarize(computeChain(createData()))).toBeNull();
    expect(summarize(computeChain({ ...EXAMPLE, tiers: [] }))).toBeNull();
  });
});

describe('促销价 and 区域价', () => {
  it('cut one price and show who gives up the margin', () => {
    const [promotion, regional] = computeScenarios(computeChain(EXAMPLE), EXAMPLE.scenarios);
    // 促销价: retail 100 × (1 − 10 %) = 90. The 零售商 still pays 80: 10 ÷ 90 = 11.1 % < 15 %.
    expect(promotion.how).toBe('100.00 ×（1 − 10%）= 90.00');
    expect(promotion.rows!.map((r) => r.margin && formatPercent(r.margin))).toEqual([
      '24.7%',
      '25.0%',
      '11.1%',
      null,
    ]);
    expect(promotion.rows![2].issues.map((i) => i.message)).toEqual([
      '毛利率 11.1% 低于最低毛利率 15.0%',
    ]);
    // 区域价: the chapter's case, 60 × (1 − 8 %) = 55.20 < 56. The 厂商 gets 55.20 ÷ 1.13 = 48.85
    // 不含税: 8.85 ÷ 48.85 = 18.1 % < 20 %. The 经销商 gains: (80 − 55.20) ÷ 80 = 31.0 %.
    expect(regional.how).toBe('60.00 ×（1 − 8%）= 55.20');
    expect(regional.rows!.map((r) => r.margin && formatPercent(r.margin))).toEqual([
      '18.1%',
      '31.0%',
      '20.0%',
      null,
    ]);
    // The dealer's price is the company's own: 8 % off is beyond 区域经理 (5 %), within 总监 (10 %).
    expect(regional.rows!.flatMap((r) => r.issues.map((i) => i.message))).toEqual([
      '毛利率 18.1% 低于最低毛利率 20.0%',
      '低于最低限价 56.00 元（差 0.80 元）',
      '降价 8.0%，需销售总监审批',
    ]);
    // The promotion cuts the retailer's resale price: nobody at the company approves it.
    expect(promotion.rows!.flatMap((r) => r.issues.map((i) => i.kind))).not.toContain('approval');
  });

  it('says how much more must sell to keep the seller’s total margin (break-even volume)', () => {
    // increase = cut ÷ (margin − cut). 30 % margin, 8 % cut: 8 ÷ 22 = 36.36 % → 36.4 %.
    expect(formatPercent(breakEvenIncrease(dec('0.3'), dec('0.08'))!)).toBe('36.4%');
    // A cut as deep as the margin leaves nothing per unit: no volume makes up for it.
    expect(breakEvenIncrease(dec('0.3'), dec('0.3'))).toBeNull();
    expect(breakEvenIncrease(dec('0.2'), dec('0.25'))).toBeNull();
    const [promotion, regional] = computeScenarios(computeChain(EXAMPLE), EXAMPLE.scenarios);
    // 区域价: the 厂商 sells at 8 % less on a 24.67 % margin (13.10 ÷ 53.10):
    // 0.08 ÷ (0.24670 − 0.08) = 0.08 ÷ 0.16670 = 47.99 % → 48.0 %.
    expect(regional.breakEven).toMatchObject({ seller: '厂商' });
    expect(regional.breakEven!.message).toBe(
      '厂商毛利率 24.7%，降价 8%：销量要增加 8% ÷（24.7% − 8%）= 48.0%，毛利总额才能保持不变。',
    );
    // 促销价: the 零售商 sells at 10 % less on a 20 % margin: 10 ÷ 10 = 100.0 %.
    expect(promotion.breakEven!.message).toBe(
      '零售商毛利率 20.0%，降价 10%：销量要增加 10% ÷（20.0% − 10%）= 100.0%，毛利总额才能保持不变。',
    );
    const [deep] = computeScenarios(computeChain(EXAMPLE), [
      { id: 's1', name: '清仓', tierId: 't4', extraOff: '25' },
    ]);
    expect(deep.breakEven!.message).toBe(
      '降价 25% 不低于零售商的毛利率 20.0%：每件不再有毛利，销量增加多少也保不住毛利总额。',
    );
  });

  it('flags an extra discount of 100 %', () => {
    const [s] = computeScenarios(computeChain(EXAMPLE), [
      { id: 's1', name: '清仓', tierId: 't2', extraOff: '100' },
    ]);
    expect(s.rows![1].issues[0].message).toBe(
      '折扣依次相乘（6 折 × 再降 100%），累计折扣达到 100.0%：价格为 0，请检查折扣。',
    );
  });

  it('waits for a valid extra discount, and falls back to the retail price for an unknown tier', () => {
    const [s] = computeScenarios(computeChain(EXAMPLE), [
      { id: 's1', name: 'x', tierId: 'gone', extraOff: 'abc' },
    ]);
    expect(s).toMatchObject({ tierIndex: 3, rows: null, to: null });
  });
});
