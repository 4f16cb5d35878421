import { describe, expect, it } from 'vitest';
import { computeChain } from './chain';
import { EXAMPLE, pocketInputs, type ChannelPricingData } from './model';
import { formatPercent, formatYuan } from './money';
import { computePockets } from './pocket';

const withPocket = (i: number, patch: Partial<ReturnType<typeof pocketInputs>>) => ({
  ...EXAMPLE,
  tiers: EXAMPLE.tiers.map((t, k) => (k === i ? { ...t, pocket: { ...t.pocket, ...patch } } : t)),
});

function lines(data: ChannelPricingData, index: number): string[][] {
  const pocket = computePockets(data, computeChain(data))[index];
  if (!pocket?.ok) throw new Error('no pocket price');
  return pocket.waterfall.map((w) => [w.label, formatYuan(w.amount)]);
}

describe('pocket price (到手价): invoice price less what is paid off the invoice', () => {
  it('works the example’s producer from 53.10 开票价 to 47.02 到手价', () => {
    // 厂商 sells at 60 含税 = 53.10 不含税 (cost 40). Off the invoice, per unit:
    // 年终返利 2 %: 53.10 × 2 % = 1.062 → 1.06
    // 进场费 5,000 元 over 2,000 件: 2.50
    // 物流运费 1.20
    // 账期 60 天 at 6 % a year: 53.10 × 60 ÷ 365 × 6 % = 0.5237 → 0.52
    // 现金折扣 1 %: 0.531 → 0.53
    // 退货损耗 0.5 %: 0.2655 → 0.27
    // 1.06 + 2.50 + 1.20 + 0.52 + 0.53 + 0.27 = 6.08; 53.10 − 6.08 = 47.02.
    // 到手毛利 47.02 − 40 = 7.02; 7.02 ÷ 47.02 = 14.93 % → 14.9 % (against 24.7 % on the invoice).
    expect(lines(EXAMPLE, 0)).toEqual([
      ['开票价（不含税）', '53.10'],
      ['年终返利', '1.06'],
      ['促销与进场费用', '2.50'],
      ['物流运费', '1.20'],
      ['账期成本', '0.52'],
      ['现金折扣', '0.53'],
      ['退货损耗', '0.27'],
      ['到手价', '47.02'],
      ['到手毛利', '7.02'],
      ['单位成本', '40.00'],
    ]);
    const [producer] = computePockets(EXAMPLE, computeChain(EXAMPLE));
    if (!producer.ok) throw new Error();
    expect(formatYuan(producer.pocketMargin)).toBe('7.02');
    expect(formatPercent(producer.pocketMarginRate!)).toBe('14.9%');
    expect(formatPercent(producer.invoiceMarginRate!)).toBe('24.7%');
  });

  it('takes a rebate per unit and fees per unit as typed', () => {
    // 经销商 sells at 80 含税 = 70.80 不含税, buys at 53.10: 返利 1.50 元/件, 进场费 0.80 元/件.
    // 70.80 − 1.50 − 0.80 = 68.50; 68.50 − 53.10 = 15.40.
    const data = withPocket(1, {
      rebate: '1.5',
      rebateKind: 'unit',
      promo: '0.8',
      promoKind: 'unit',
    });
    expect(lines(data, 1)).toEqual([
      ['开票价（不含税）', '70.80'],
      ['年终返利', '1.50'],
      ['促销与进场费用', '0.80'],
      ['到手价', '68.50'],
      ['到手毛利', '15.40'],
      ['进价（不含税）', '53.10'],
    ]);
  });

  it('leaves a tier with nothing off the invoice at its invoice price, and says what is wrong', () => {
    const [, dealer] = computePockets(EXAMPLE, computeChain(EXAMPLE));
    expect(dealer).toMatchObject({ ok: false, reason: 'none' });
    const lump = withPocket(1, { promo: '5000', promoKind: 'lump', promoVolume: '' });
    expect(computePockets(lump, computeChain(lump))[1]).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    const days = withPocket(1, { termDays: '60', capitalRate: '' });
    expect(computePockets(days, computeChain(days))[1]).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});
