import { describe, expect, it } from 'vitest';
import {
  approvalIssue,
  chainContext,
  computeChain,
  missingInputs,
  type ChainResult,
} from './chain';
import { createData, EXAMPLE, type ChannelPricingData, type Tier } from './model';
import { dec, formatPercent, formatYuan } from './money';

type Patch = Partial<Omit<Tier, 'id'>>;

/** The default four tiers with patches per tier, on top of `base`. */
function chain(base: Partial<ChannelPricingData>, tiers: Patch[] = []): ChannelPricingData {
  const data = { ...createData(), ...base };
  return { ...data, tiers: data.tiers.map((t, i) => ({ ...t, ...tiers[i] })) };
}

/** One line per tier: name, buying price, selling price, unit margin, 毛利率, 加价率. */
function table(result: ChainResult): string[][] {
  if (!result.ok) throw new Error(result.reason);
  const money = (v: { toString(): string } | null) => (v === null ? '—' : formatYuan(v as never));
  const pct = (v: unknown) => (v === null ? '—' : formatPercent(v as never));
  return result.rows.map((r) => [
    r.name,
    money(r.buy),
    money(r.sell),
    money(r.unitMargin),
    pct(r.margin),
    pct(r.markup),
  ]);
}

function issues(result: ChainResult): [string, string, string][] {
  if (!result.ok) throw new Error(result.reason);
  return result.rows.flatMap((r) =>
    r.issues.map((i) => [r.name, i.at, i.message] as [string, string, string]),
  );
}

describe('零售价倒推: the chapter’s chain (4 tiers)', () => {
  // 建议零售价 100 元含税; 零售商 8 折 → 100 × 0.8 = 80; 经销商 6 折 → 100 × 0.6 = 60 (出厂价).
  // 厂商: cost 40 不含税, so its margin is on 60 ÷ 1.13 = 53.0973… → 53.10:
  //   53.10 − 40 = 13.10; 13.10 ÷ 53.10 = 24.67 % → 24.7 %; 13.10 ÷ 40 = 32.75 % → 32.8 %.
  // 经销商: 80 − 60 = 20; 20 ÷ 80 = 25 %; 20 ÷ 60 = 33.33 % → 33.3 %.
  // 零售商: 100 − 80 = 20; 20 ÷ 100 = 20 %; 20 ÷ 80 = 25 %.
  it('matches the chapter table', () => {
    expect(table(computeChain(EXAMPLE))).toEqual([
      ['厂商', '40.00', '60.00', '13.10', '24.7%', '32.8%'],
      ['经销商', '60.00', '80.00', '20.00', '25.0%', '33.3%'],
      ['零售商', '80.00', '100.00', '20.00', '20.0%', '25.0%'],
      ['消费者', '100.00', '—', '—', '—', '—'],
    ]);
  });

  it('shows the other basis and how each price was set', () => {
    const result = computeChain(EXAMPLE);
    if (!result.ok) throw new Error();
    const [producer, dealer, retailer] = result.rows;
    expect(producer.sellNet?.toString()).toBe('53.1');
    expect(producer.how).toEqual(['不含税：60.00 ÷ 1.13 = 53.10']);
    expect(dealer.buyOther?.toString()).toBe('53.1'); // 60 ÷ 1.13
    expect(dealer.sellOther?.toString()).toBe('70.8'); // 80 ÷ 1.13 = 70.796… → 70.80
    expect(dealer.unitMarginOther?.toString()).toBe('17.7'); // 70.80 − 53.10
    expect(dealer.how).toEqual(['零售价 100.00 × 6 折 = 60.00']);
    expect(retailer.how).toEqual(['零售价 100.00 × 8 折 = 80.00']);
    expect(issues(result)).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('takes a discount off the next tier’s price when asked', () => {
    // 经销商 7.5 折 of the 零售商's 80 = 60, i.e. 8 折 × 7.5 折 = 6 折 of the retail price.
    const data = chain({ retailPrice: '100', unitCost: '40' }, [
      {},
      { discount: '7.5', discountBase: 'next' },
      { discount: '8' },
    ]);
    const result = computeChain(data);
    expect(table(result)[1]).toEqual(['经销商', '60.00', '80.00', '20.00', '25.0%', '33.3%']);
    if (!result.ok) throw new Error();
    expect(result.rows[1].how).toEqual([
      '零售商进价 80.00 × 7.5 折 = 60.00',
      '相当于零售价的 6 折',
    ]);
  });
});

describe('零售价倒推: a five-tier chain with discounts off the next tier', () => {
  // 建议零售价 199 含税. 零售商 7.5 折 of retail: 199 × 0.75 = 149.25.
  // 经销商 8 折 of 零售商: 149.25 × 0.8 = 119.40. 总代理 9 折 of 经销商: 119.40 × 0.9 = 107.46
  // (= 199 × 0.54). 厂商 sells at 107.46 含税 = 107.46 ÷ 1.13 = 95.0973… → 95.10 不含税;
  // cost 60: 35.10, 35.10 ÷ 95.10 = 36.91 % → 36.9 %, 35.10 ÷ 60 = 58.5 %.
  // 总代理 119.40 − 107.46 = 11.94: ÷ 119.40 = 10.0 %, ÷ 107.46 = 11.11 % → 11.1 %.
  // 经销商 149.25 − 119.40 = 29.85: ÷ 149.25 = 20.0 %, ÷ 119.40 = 25.0 %.
  // 零售商 199 − 149.25 = 49.75: ÷ 199 = 25.0 %, ÷ 149.25 = 33.33 % → 33.3 %.
  it('compounds the discounts and rounds each price to 分', () => {
    const base = createData();
    const data: ChannelPricingData = {
      ...base,
      retailPrice: '199',
      unitCost: '60',
      tiers: [
        base.tiers[0],
        { ...base.tiers[1], id: 't9', name: '总代理', discount: '9', discountBase: 'next' },
        { ...base.tiers[1], discount: '8', discountBase: 'next' },
        { ...base.tiers[2], discount: '7.5' },
        base.tiers[3],
      ],
    };
    expect(table(computeChain(data))).toEqual([
      ['厂商', '60.00', '107.46', '35.10', '36.9%', '58.5%'],
      ['总代理', '107.46', '119.40', '11.94', '10.0%', '11.1%'],
      ['经销商', '119.40', '149.25', '29.85', '20.0%', '25.0%'],
      ['零售商', '149.25', '199.00', '49.75', '25.0%', '33.3%'],
      ['消费者', '199.00', '—', '—', '—', '—'],
    ]);
  });

  it('rounds half a 分 up where floats would round down', () => {
    // 4.35 × 5 折 = 2.175 exactly → 2.18. In floats 4.35 × 0.5 = 2.17499999… → 2.17.
    expect(Math.round(4.35 * 0.5 * 100) / 100).toBe(2.17);
    const data = chain({ retailPrice: '4.35', priceBasis: 'net' }, [
      {},
      { discount: '4' },
      { discount: '5' },
    ]);
    expect(table(computeChain(data))[2].slice(0, 3)).toEqual(['零售商', '2.18', '4.35']);
  });
});

describe('成本加成: markup and margin are different things', () => {
  const costPlus = (rateKind: Tier['rateKind']) =>
    chain({ method: 'cost-plus', priceBasis: 'net', unitCost: '3.30' }, [{ rateKind, rate: '10' }]);

  it('3.30 with a 10 % markup is 3.63; with a 10 % margin it is 3.67', () => {
    // 3.30 × 1.1 = 3.63: margin 0.33 ÷ 3.63 = 9.09 % → 9.1 %, below the 10 % people meant.
    expect(table(computeChain(costPlus('markup')))[0]).toEqual([
      '厂商',
      '3.30',
      '3.63',
      '0.33',
      '9.1%',
      '10.0%',
    ]);
    // 3.30 ÷ 0.9 = 3.6667 → 3.67: 0.37 ÷ 3.67 = 10.08 % → 10.1 %; 0.37 ÷ 3.30 = 11.21 % → 11.2 %.
    expect(table(computeChain(costPlus('margin')))[0]).toEqual([
      '厂商',
      '3.30',
      '3.67',
      '0.37',
      '10.1%',
      '11.2%',
    ]);
  });

  it('chains markup and margin tier by tier', () => {
    // 厂商 margin 10 %: 3.30 ÷ 0.9 = 3.666… → 3.67.
    // 经销商 markup 10 %: 3.67 × 1.1 = 4.037 → 4.04; 0.37 ÷ 4.04 = 9.16 % → 9.2 %; 0.37 ÷ 3.67 = 10.08 % → 10.1 %.
    // 零售商 margin 25 %: 4.04 ÷ 0.75 = 5.3866… → 5.39; 1.35 ÷ 5.39 = 25.05 % → 25.0 %; 1.35 ÷ 4.04 = 33.42 % → 33.4 %.
    const data = chain({ method: 'cost-plus', priceBasis: 'net', unitCost: '3.30' }, [
      { rateKind: 'margin', rate: '10' },
      { rateKind: 'markup', rate: '10' },
      { rateKind: 'margin', rate: '25' },
    ]);
    const result = computeChain(data);
    expect(table(result)).toEqual([
      ['厂商', '3.30', '3.67', '0.37', '10.1%', '11.2%'],
      ['经销商', '3.67', '4.04', '0.37', '9.2%', '10.1%'],
      ['零售商', '4.04', '5.39', '1.35', '25.0%', '33.4%'],
      ['消费者', '5.39', '—', '—', '—', '—'],
    ]);
    if (!result.ok) throw new Error();
    expect(result.rows.map((r) => r.how)).toEqual([
      ['3.30 ÷（1 − 10%）= 3.67'],
      ['3.67 ×（1 + 10%）= 4.04'],
      ['4.04 ÷（1 − 25%）= 5.39'],
      [],
    ]);
  });

  it('prices the producer on its 不含税 cost, then adds the tax in a 含税 chain', () => {
    // The example's rates: 40 × 1.3275 = 53.10 不含税 → 53.10 × 1.13 = 60.003 → 60.00 含税;
    // 60 ÷ (1 − 25 %) = 80; 80 ÷ (1 − 20 %) = 100 — the same chain as 零售价倒推.
    const result = computeChain({ ...EXAMPLE, method: 'cost-plus' });
    expect(table(result)).toEqual(table(computeChain(EXAMPLE)));
    if (!result.ok) throw new Error();
    expect(result.rows[0].how).toEqual([
      '40.00 ×（1 + 32.75%）= 53.10（不含税）',
      '含税：53.10 × 1.13 = 60.00',
    ]);
  });

  it('applies the retail ending to the last seller’s price', () => {
    // 5.39 → 尾数 .9 → 5.90: the 零售商 keeps the extra 0.51: 1.86 ÷ 5.90 = 31.53 % → 31.5 %.
    const data = chain(
      { method: 'cost-plus', priceBasis: 'net', unitCost: '3.30', ending: 'nine' },
      [
        { rateKind: 'margin', rate: '10' },
        { rateKind: 'markup', rate: '10' },
        { rateKind: 'margin', rate: '25' },
      ],
    );
    const result = computeChain(data);
    expect(table(result)[2]).toEqual(['零售商', '4.04', '5.90', '1.86', '31.5%', '46.0%']);
    if (!result.ok) throw new Error();
    expect(result.rows[2].how).toEqual(['4.04 ÷（1 − 25%）= 5.39', '尾数调整：5.39 → 5.90']);
  });
});

describe('rounding that keeps its word', () => {
  it('a price set for a target margin meets it (rounded up to 分)', () => {
    // 4.15 ÷ (1 − 10 %) = 4.6111…: half-up gives 4.61, and 0.46 ÷ 4.61 = 9.98 % < 10 %.
    // Up to 4.62: 0.47 ÷ 4.62 = 10.17 % → 10.2 %; 0.47 ÷ 4.15 = 11.33 % → 11.3 %.
    const data = chain({ method: 'cost-plus', priceBasis: 'net', unitCost: '4.15' }, [
      { rateKind: 'margin', rate: '10', minMargin: '10' },
    ]);
    const result = computeChain(data);
    expect(table(result)[0]).toEqual(['厂商', '4.15', '4.62', '0.47', '10.2%', '11.3%']);
    expect(issues(result)).toEqual([]);
  });

  it('a price set for a target markup meets it too', () => {
    // 4.13 × 1.1 = 4.543: half-up gives 4.54, and 0.41 ÷ 4.13 = 9.93 % < 10 %. Up to 4.55:
    // 0.42 ÷ 4.13 = 10.17 % → 10.2 % markup; 0.42 ÷ 4.55 = 9.23 % → 9.2 % margin.
    const data = chain({ method: 'cost-plus', priceBasis: 'net', unitCost: '4.13' }, [
      { rateKind: 'markup', rate: '10' },
    ]);
    expect(table(computeChain(data))[0]).toEqual(['厂商', '4.13', '4.55', '0.42', '9.2%', '10.2%']);
  });

  it('switching 价格口径 does not move the retail price by 0.01', () => {
    // 成本加成 on the example's rates. 含税: 53.10 × 1.13 = 60.003 → 60.00; 60 ÷ 0.75 = 80;
    // 80 ÷ 0.8 = 100.00, 不含税 88.50. 不含税: 53.10 ÷ 0.75 = 70.80; 70.80 ÷ 0.8 = 88.50, whose
    // 含税 figure is the 含税 chain's 100.00, not 88.50 × 1.13 = 100.005 → 100.01 (rounded twice).
    const gross = computeChain({ ...EXAMPLE, method: 'cost-plus' });
    const net = computeChain({ ...EXAMPLE, method: 'cost-plus', priceBasis: 'net' });
    if (!gross.ok || !net.ok) throw new Error();
    const last = (r: typeof gross) => (r.ok ? r.rows[r.rows.length - 1] : null);
    expect([formatYuan(last(gross)!.buy!), formatYuan(last(gross)!.buyOther!)]).toEqual([
      '100.00',
      '88.50',
    ]);
    expect([formatYuan(last(net)!.buy!), formatYuan(last(net)!.buyOther!)]).toEqual([
      '88.50',
      '100.00',
    ]);
  });

  it('accepts a unit cost to four decimals and keeps prices to 分', () => {
    // 0.3456 ÷ (1 − 20 %) = 0.432 → up to 0.44 (0.43 would give 0.0844 ÷ 0.43 = 19.6 % < 20 %);
    // 0.44 − 0.3456 = 0.0944 → 0.09; 0.0944 ÷ 0.44 = 21.45 % → 21.5 %; 0.0944 ÷ 0.3456 = 27.3 %.
    const data = chain({ method: 'cost-plus', priceBasis: 'net', unitCost: '0.3456' }, [
      { rateKind: 'margin', rate: '20' },
    ]);
    const result = computeChain(data);
    expect(table(result)[0]).toEqual(['厂商', '0.35', '0.44', '0.09', '21.5%', '27.3%']);
    if (!result.ok) throw new Error();
    expect(result.rows[0].buy?.toString()).toBe('0.3456');
    expect(result.rows[0].how).toEqual(['0.3456 ÷（1 − 20%）= 0.44']);
  });

  it('尾数 .9 downwards lands just below the price', () => {
    // 零售价倒推 from 12.00 with 尾数 .9 向下: 11.90 is the price used, and the chain works from it.
    const data = chain({ retailPrice: '12', ending: 'nine-down', unitCost: '4' }, [
      {},
      { discount: '6' },
      { discount: '8' },
    ]);
    const result = computeChain(data);
    if (!result.ok) throw new Error();
    expect(formatYuan(result.retail!)).toBe('11.90');
    expect(result.rows[3].how).toEqual(['尾数调整：12.00 → 11.90']);
    expect(formatYuan(result.rows[1].buy!)).toBe('7.14'); // 11.90 × 0.6
  });
});

describe('checks', () => {
  it('flags prices below 最低限价 from the protected tier on, next to the price', () => {
    // Retail 90: 经销商 6 折 = 54 < 56 (short by 2.00); 零售商 72 and retail 90 are above.
    // The 厂商 then gets 54 ÷ 1.13 = 47.79 不含税: 7.79 ÷ 47.79 = 16.3 %, below its 20 %.
    const result = computeChain({ ...EXAMPLE, retailPrice: '90' });
    expect(issues(result)).toEqual([
      ['厂商', 'margin', '毛利率 16.3% 低于最低毛利率 20.0%'],
      ['经销商', 'buy', '低于最低限价 56.00 元（差 2.00 元）'],
    ]);
  });

  it('checks each floor only on the company’s own supply price, never on a resale price', () => {
    // Retail 50, cost 20: 经销商 50 × 0.6 = 30 < 56 (差 26.00). The 零售商 buys at 40 and the
    // consumer at 50 from resellers: no floor applies there, even one typed on those tiers.
    const data = { ...EXAMPLE, retailPrice: '50', unitCost: '20' };
    const tiers = data.tiers.map((t, i) => (i >= 2 ? { ...t, floor: '45' } : t));
    expect(
      issues(computeChain({ ...data, tiers })).filter(([, , m]) => m.startsWith('低于最低限价')),
    ).toEqual([['经销商', 'buy', '低于最低限价 56.00 元（差 26.00 元）']]);
  });

  it('gives a tier the company supplies directly its own floor', () => {
    // The 零售商 marked 公司直接供货 with a floor of 45: 40 < 45 (差 5.00); the 经销商 keeps 56.
    const data = { ...EXAMPLE, retailPrice: '50', unitCost: '20' };
    const tiers = data.tiers.map((t, i) => (i >= 2 ? { ...t, floor: '45', direct: true } : t));
    expect(
      issues(computeChain({ ...data, tiers })).filter(([, , m]) => m.startsWith('低于最低限价')),
    ).toEqual([
      ['经销商', 'buy', '低于最低限价 56.00 元（差 26.00 元）'],
      ['零售商', 'buy', '低于最低限价 45.00 元（差 5.00 元）'],
    ]);
  });

  it('names who must approve a discount off the company’s price', () => {
    // The example's levels: 销售代表 up to 3 %, 区域经理 up to 5 %, 销售总监 up to 10 %.
    const ctx = chainContext(EXAMPLE);
    const say = (depth: string) => approvalIssue(ctx, 1, dec(depth))?.message ?? null;
    expect(say('0')).toBeNull();
    expect(say('0.02')).toBe('降价 2.0%，销售代表可以批准');
    expect(say('0.05')).toBe('降价 5.0%，需区域经理审批');
    expect(say('0.08')).toBe('降价 8.0%，需销售总监审批');
    expect(say('0.12')).toBe('降价 12.0%，超出销售总监的审批权限（10%），需公司特批');
    // Resale prices are the resellers’ own: nobody at the company approves them.
    expect(approvalIssue(ctx, 2, dec('0.08'))).toBeNull();
    // Without levels there is nothing to say.
    const none = chainContext({ ...EXAMPLE, approvals: { rep: '', manager: '', director: '' } });
    expect(approvalIssue(none, 1, dec('0.08'))).toBeNull();
  });

  it('flags cost above price at the cost', () => {
    // Cost 60 不含税 against 60 含税 = 53.10 不含税: loses 6.90; −6.90 ÷ 53.10 = −13.0 %.
    const result = computeChain({ ...EXAMPLE, unitCost: '60' });
    expect(table(result)[0]).toEqual(['厂商', '60.00', '60.00', '-6.90', '-13.0%', '-11.5%']);
    expect(issues(result)).toEqual([
      ['厂商', 'buy', '单位成本 60.00 元高于不含税售价 53.10 元，每件亏损 6.90 元'],
    ]);
  });

  it('flags a negative margin at the margin', () => {
    // 经销商 buys at 9 折 = 90 and sells to the 零售商 at 8 折 = 80: −10 ÷ 80 = −12.5 %.
    const data = chain({ retailPrice: '100', unitCost: '40' }, [
      {},
      { discount: '9' },
      { discount: '8' },
    ]);
    const result = computeChain(data);
    expect(table(result)[1]).toEqual(['经销商', '90.00', '80.00', '-10.00', '-12.5%', '-11.1%']);
    expect(issues(result)).toEqual([
      ['经销商', 'margin', '毛利为负：售价低于进价，每件亏损 10.00 元'],
    ]);
  });

  it('flags a margin below the tier’s minimum', () => {
    // 零售商 at 8.5 折: 100 − 85 = 15 → 15 %, below the 20 % asked for.
    const result = computeChain({
      ...EXAMPLE,
      tiers: EXAMPLE.tiers.map((t, i) =>
        i === 2 ? { ...t, discount: '8.5', minMargin: '20' } : t,
      ),
    });
    expect(issues(result)).toEqual([['零售商', 'margin', '毛利率 15.0% 低于最低毛利率 20.0%']]);
  });

  it('flags stacked discounts reaching 100 %', () => {
    // 零售商 8 折, 经销商 0 折 of that: 0.8 × 0 = 0, the price is gone.
    const data = chain({ retailPrice: '100', unitCost: '40' }, [
      {},
      { discount: '0', discountBase: 'next' },
      { discount: '8' },
    ]);
    const found = issues(computeChain(data));
    expect(found).toContainEqual([
      '经销商',
      'buy',
      '折扣依次相乘（8 折 × 0 折），累计折扣达到 100.0%：价格为 0，请检查折扣。',
    ]);
    // A zero price has no margin ratio to show, and never NaN.
    expect(table(computeChain(data))[0]).toEqual([
      '厂商',
      '40.00',
      '0.00',
      '-40.00',
      '—',
      '-100.0%',
    ]);
  });
});

describe('incomplete and empty chains', () => {
  it('refuses a chain with fewer than two tiers', () => {
    expect(computeChain({ ...EXAMPLE, tiers: [] })).toMatchObject({ ok: false, reason: 'tooFew' });
    expect(computeChain({ ...EXAMPLE, tiers: EXAMPLE.tiers.slice(0, 1) })).toMatchObject({
      ok: false,
    });
    expect(missingInputs({ ...EXAMPLE, tiers: [] })).toEqual([]);
  });

  it('a two-tier chain: the producer sells straight to the buyer', () => {
    const data = { ...EXAMPLE, tiers: [EXAMPLE.tiers[0], EXAMPLE.tiers[3]] };
    // 100 含税 → 88.50 不含税; 48.50 ÷ 88.50 = 54.80 % → 54.8 %.
    expect(table(computeChain(data))[0]).toEqual([
      '厂商',
      '40.00',
      '100.00',
      '48.50',
      '54.8%',
      '121.3%',
    ]);
  });

  it('leaves what it cannot work out empty and says what is missing', () => {
    const fresh = createData();
    const result = computeChain(fresh);
    expect(table(result)).toEqual([
      ['厂商', '—', '—', '—', '—', '—'],
      ['经销商', '—', '—', '—', '—', '—'],
      ['零售商', '—', '—', '—', '—', '—'],
      ['消费者', '—', '—', '—', '—', '—'],
    ]);
    expect(result.ok && result.complete).toBe(false);
    expect(missingInputs(fresh)).toEqual([
      '建议零售价',
      '经销商的进价折扣',
      '零售商的进价折扣',
      '单位成本',
    ]);
    expect(missingInputs({ ...fresh, method: 'cost-plus', vatRate: 'x' })).toEqual([
      '单位成本',
      '厂商的加价率',
      '经销商的加价率',
      '零售商的加价率',
      '增值税率',
    ]);
  });

  it('without a tax rate, a 含税 chain still prices the channel but not the producer', () => {
    const result = computeChain({ ...EXAMPLE, vatRate: '' });
    expect(table(result)[0]).toEqual(['厂商', '40.00', '60.00', '—', '—', '—']);
    expect(table(result)[1]).toEqual(['经销商', '60.00', '80.00', '20.00', '25.0%', '33.3%']);
  });

  it('names blank tiers by position', () => {
    const result = computeChain({
      ...EXAMPLE,
      tiers: EXAMPLE.tiers.map((t, i) => (i === 1 ? { ...t, name: ' ' } : t)),
    });
    expect(table(result)[1][0]).toBe('第 2 级');
  });
});
