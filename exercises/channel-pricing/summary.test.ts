import { describe, expect, it } from 'vitest';
import { computeChain } from './chain';
import { createData, EXAMPLE, type ChannelPricingData } from './model';
import { formatPercent, formatYuan } from './money';
import { computeScenarios } from './scenarios';
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
    expect(regional.rows!.flatMap((r) => r.issues.map((i) => i.message))).toEqual([
      '毛利率 18.1% 低于最低毛利率 20.0%',
      '低于最低限价 56.00 元（差 0.80 元）',
    ]);
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
