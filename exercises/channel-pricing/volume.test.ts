import { describe, expect, it } from 'vitest';
import { computeChain } from './chain';
import { EXAMPLE, type ChannelPricingData } from './model';
import { formatPercent, formatYuan } from './money';
import { computeVolume, type VolumeResult } from './volume';
import { bandLabel } from './VolumeResults';

// The chapter: 60 元/箱; 500 箱及以下 60 元, 501–1000 箱 57 元 (9.5 折), 超过 1000 箱 54 元 (9 折).
function volume(patch: Partial<ChannelPricingData['volume']> = {}, data = EXAMPLE): VolumeResult {
  const withVolume = { ...data, volume: { ...data.volume, ...patch } };
  return computeVolume(withVolume, computeChain(withVolume));
}

function totals(quantity: number): [string, string] {
  const result = volume({ quantity: String(quantity) });
  if (!result.ok || !result.order) throw new Error('no order');
  return [formatYuan(result.order.allUnits.total), formatYuan(result.order.tiered.total)];
}

describe('breaks as the chapter reads them ("超过 N 件")', () => {
  it('names the bands without an overlap at the boundary', () => {
    // 以上 includes the number in Chinese legal usage: 「501–1,000 件」 then 「1,000 件以上」 would
    // put 1,000 in both. The top band is 「超过 1,000 件」.
    const result = volume();
    if (!result.ok) throw new Error();
    expect(result.bands.map((b, i) => bandLabel(b, i))).toEqual([
      '500 件及以下',
      '501–1,000 件',
      '超过 1,000 件',
    ]);
  });

  it('prices each band and what the 厂商 keeps there', () => {
    const result = volume();
    if (!result.ok) throw new Error();
    // 60 × 0.95 = 57; 60 × 0.9 = 54. The 厂商's margin is on the 不含税 price, cost 40:
    // 60 ÷ 1.13 = 53.10 → 13.10 ÷ 53.10 = 24.7 %; 57 ÷ 1.13 = 50.44 → 10.44 ÷ 50.44 = 20.7 %;
    // 54 ÷ 1.13 = 47.79 → 7.79 ÷ 47.79 = 16.3 %.
    expect(
      result.bands.map((b) => [
        b.above,
        b.upTo,
        formatYuan(b.price),
        formatYuan(b.seller.unitMargin!),
        formatPercent(b.seller.margin!),
      ]),
    ).toEqual([
      [0, 500, '60.00', '13.10', '24.7%'],
      [500, 1000, '57.00', '10.44', '20.7%'],
      [1000, null, '54.00', '7.79', '16.3%'],
    ]);
    // The 9 折 band is below the 56 元 floor and leaves the 厂商 below its 20 % minimum: the
    // chapter asks exactly this («在每个档位边界上，公司的毛利率还守得住吗？»).
    // The example's approval levels (3 / 5 / 10 %): 9.5 折 is 5 % off, 区域经理's to approve;
    // 9 折 is 10 % off, 销售总监's.
    expect(result.bands[2].issues.map((i) => i.message)).toEqual([
      '低于最低限价 56.00 元（差 2.00 元）',
      '降价 10.0%，需销售总监审批',
      '毛利率 16.3% 低于最低毛利率 20.0%',
    ]);
    expect(result.bands[1].issues.map((i) => i.message)).toEqual(['降价 5.0%，需区域经理审批']);
    expect(result.bands[0].issues).toEqual([]);
  });

  it.each([
    // quantity, 全量折扣 (whole order at the band reached), 分段累进 (each band at its price)
    [1, '60.00', '60.00'],
    [499, '29,940.00', '29,940.00'], // 499 × 60
    [500, '30,000.00', '30,000.00'], // 500 × 60: 500 is not above 500
    [501, '28,557.00', '30,057.00'], // 501 × 57 | 500 × 60 + 1 × 57
    [999, '56,943.00', '58,443.00'], // 999 × 57 | 30000 + 499 × 57 = 30000 + 28443
    [1000, '57,000.00', '58,500.00'], // 1000 × 57 | 30000 + 500 × 57
    [1001, '54,054.00', '58,554.00'], // 1001 × 54 | 58500 + 1 × 54
    [1200, '64,800.00', '69,300.00'], // 1200 × 54 | 30000 + 28500 + 200 × 54 = 69300
  ])('%i units: 全量 %s, 分段 %s', (quantity, allUnits, tiered) => {
    expect(totals(quantity)).toEqual([allUnits, tiered]);
  });

  it('settles 1200 units as in the chapter', () => {
    const result = volume();
    if (!result.ok || !result.order) throw new Error();
    const { allUnits, tiered, difference } = result.order;
    expect(formatYuan(allUnits.price)).toBe('54.00');
    expect(
      tiered.parts.map((p) => [p.quantity, formatYuan(p.price), formatYuan(p.amount)]),
    ).toEqual([
      [500, '60.00', '30,000.00'],
      [500, '57.00', '28,500.00'],
      [200, '54.00', '10,800.00'],
    ]);
    expect(formatYuan(tiered.average)).toBe('57.75'); // 69300 ÷ 1200
    expect(formatYuan(difference)).toBe('4,500.00');
  });

  it('finds the cliffs where one more unit costs less in total', () => {
    const result = volume();
    if (!result.ok) throw new Error();
    // 500 × 60 = 30000 > 501 × 57 = 28557; 1000 × 57 = 57000 > 1001 × 54 = 54054.
    expect(
      result.cliffs.map((c) => [c.above, formatYuan(c.payAt), formatYuan(c.payAbove)]),
    ).toEqual([
      [500, '30,000.00', '28,557.00'],
      [1000, '57,000.00', '54,054.00'],
    ]);
  });
});

describe('break rows', () => {
  it('skips rows out of order and says why', () => {
    const result = volume({
      breaks: [
        { above: '1000', discount: '9' },
        { above: '500', discount: '9.5' },
        { above: '', discount: '' },
      ],
    });
    if (!result.ok) throw new Error();
    expect(result.rowErrors).toEqual([null, '档位要从小到大排列，且大于上一档（1000 件）', null]);
    expect(result.bands.map((b) => b.above)).toEqual([0, 1000]);
  });

  it('flags a break that takes the price to zero', () => {
    const result = volume({ breaks: [{ above: '10', discount: '0' }] });
    if (!result.ok) throw new Error();
    expect(result.bands[1].issues.map((i) => i.kind)).toContain('stacked');
    expect(result.bands[1].issues[0].message).toBe(
      '折扣依次相乘（6 折 × 0 折），累计折扣达到 100.0%：价格为 0，请检查折扣。',
    );
  });

  it('checks the floor at each band of the protected tier', () => {
    // 9 折 of 60 = 54 < 56.
    const result = volume();
    if (!result.ok) throw new Error();
    expect(result.bands[2].issues).toContainEqual(expect.objectContaining({ kind: 'belowFloor' }));
  });

  it('without breaks the whole order is at the base price', () => {
    const result = volume({ breaks: [] });
    if (!result.ok || !result.order) throw new Error();
    expect(formatYuan(result.order.allUnits.total)).toBe('72,000.00');
    expect(formatYuan(result.order.tiered.total)).toBe('72,000.00');
    expect(result.cliffs).toEqual([]);
  });

  it('needs a priced tier and a valid quantity', () => {
    expect(volume({}, { ...EXAMPLE, retailPrice: '' })).toMatchObject({
      ok: false,
      reason: 'noPrice',
    });
    expect(volume({}, { ...EXAMPLE, tiers: [] })).toMatchObject({ ok: false, reason: 'noChain' });
    expect(volume({ quantity: 'abc' })).toMatchObject({ ok: true, order: null });
  });

  it('applies to another tier when chosen: the 零售商 buying from the 经销商', () => {
    // 80 × 0.95 = 76: the 经销商 keeps 76 − 60 = 16, 16 ÷ 76 = 21.1 %.
    const result = volume({ tierId: 't3' });
    if (!result.ok) throw new Error();
    expect(result.sellerIndex).toBe(1);
    expect([
      formatYuan(result.bands[1].price),
      formatPercent(result.bands[1].seller.margin!),
    ]).toEqual(['76.00', '21.1%']);
  });
});
