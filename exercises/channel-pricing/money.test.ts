import { describe, expect, it } from 'vitest';
import {
  applyEnding,
  dec,
  formatPercent,
  formatPercentApart,
  formatYuan,
  formatZhe,
  otherBasis,
  readAs,
  readField,
  RULE,
  stackFactors,
  toFen,
  toGross,
  toNet,
} from './money';

describe('四舍五入到分 (ROUND_HALF_UP to 0.01)', () => {
  it.each([
    // Exact halves go up; binary floats get several of these wrong.
    ['0.125', '0.13'],
    ['2.675', '2.68'], // (2.675).toFixed(2) is "2.67": 2.675 is stored as 2.67499999…
    ['1.005', '1.01'], // Math.round(1.005 * 100) / 100 is 1: 1.005 * 100 = 100.49999…
    ['2.174999', '2.17'],
    ['-2.675', '-2.68'], // halves go away from zero
    ['-0.004', '0'], // never -0
    ['53.09734513274336283186', '53.1'],
  ])('%s → %s', (value, expected) => {
    expect(toFen(dec(value)).toString()).toBe(expected);
  });

  it('is needed: the float answers differ', () => {
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(Math.round(1.005 * 100) / 100).toBe(1);
  });
});

describe('display', () => {
  it.each([
    ['0', '0.00'],
    ['60', '60.00'],
    ['53.0973', '53.10'],
    ['1299', '1,299.00'],
    ['69300', '69,300.00'],
    ['-6.9', '-6.90'],
    ['-0.001', '0.00'],
    ['999999999.995', '1,000,000,000.00'],
  ])('yuan %s → %s', (value, shown) => {
    expect(formatYuan(dec(value))).toBe(shown);
  });

  it.each([
    ['0.25', '25.0%'],
    ['0.333333', '33.3%'],
    ['0.24667', '24.7%'],
    ['0.0005', '0.1%'], // 0.05 % rounds half up to 0.1 %
    ['-0.0004', '0.0%'], // never -0.0%
    ['-0.12994', '-13.0%'],
  ])('percent %s → %s', (value, shown) => {
    expect(formatPercent(dec(value))).toBe(shown);
  });

  it('shows two close percentages apart', () => {
    expect(formatPercentApart(dec('0.1496'), dec('0.15'))).toEqual(['14.96%', '15.00%']);
    expect(formatPercentApart(dec('0.111'), dec('0.15'))).toEqual(['11.1%', '15.0%']);
  });

  it('writes factors in 折', () => {
    expect(formatZhe(dec('0.8'))).toBe('8 折');
    expect(formatZhe(dec('0.75'))).toBe('7.5 折');
    expect(formatZhe(dec('0.48'))).toBe('4.8 折');
  });
});

describe('input rules', () => {
  const ok = (raw: string, rule: Parameters<typeof readField>[1]) => {
    const r = readField(raw, rule);
    return r.ok ? r.value.toString() : r.message;
  };

  it.each([
    ['100', '100'],
    ['１２０', '120'], // full-width digits
    ['1,299.00', '1299'],
    ['¥99', '99'],
    ['99 元', '99'],
    ['0.5', '0.5'],
    ['60.000', '60'], // trailing zeros are not extra precision
    ['', '请填写此项'],
    ['abc', '请输入数字'],
    ['-5', '不能为负数'],
    ['1e20', '请直接输入数字，不支持科学计数法（如 1e5）'],
    ['12,34', '千分位格式不正确，例如应写作 1,234.5'],
    ['1,000,000,001', '不能大于 1,000,000,000'],
    ['2.675', '金额最多保留两位小数（到分）'],
    ['10%', '此处只填数字，不要带 %'],
  ])('money %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.money)).toBe(expected);
  });

  it.each([
    ['0.3456', '0.3456'], // cheap goods: the unit cost to 0.01 分
    ['4.15', '4.15'],
    ['0.34567', '单位成本最多保留四位小数'],
  ])('unit cost %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.unitCost)).toBe(expected);
  });

  it('marks empty input as empty (a hint, not an error)', () => {
    expect(readField('  ', RULE.money)).toMatchObject({ ok: false, empty: true });
    expect(readField('x', RULE.money)).toMatchObject({ ok: false, empty: false });
  });

  it.each([
    ['6', '6'],
    ['6折', '6'],
    ['6 折', '6'],
    ['７．５折', '7.5'],
    ['9.5', '9.5'],
    ['0', '0'],
    ['10', '10'],
    ['95', '折扣按 0–10 折填写：95 折请填 9.5'],
    ['60%', '此处按折填写：6 折填 6，不要填 60%'],
    ['8.125', '最多保留 2 位小数'],
    ['-1', '不能为负数'],
    ['¥6', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
  ])('折 %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.zhe)).toBe(expected);
  });

  it.each([
    ['13', '13'],
    ['13%', '13'],
    ['１３％', '13'],
    ['101', '不能大于 100'],
    ['¥12', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
  ])('VAT %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.vat)).toBe(expected);
  });

  it.each([
    ['10', '10'],
    ['99.99', '99.99'],
    ['100', '毛利率必须小于 100%'],
    ['150', '毛利率必须小于 100%'],
  ])('margin %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.margin)).toBe(expected);
  });

  it.each([
    ['1,200', '1200'],
    ['0', '不能小于 1'],
    ['1.5', '请输入整数'],
    ['¥12', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
    ['12 元', '此处不是金额，请只填数字，不要带 ¥ 或「元」'],
  ])('count %j → %s', (raw, expected) => {
    expect(ok(raw, RULE.count)).toBe(expected);
  });
});

describe('saying how a value was read', () => {
  it.each([
    ['1,299.00', RULE.money, '按 1,299.00 计算'],
    ['¥99', RULE.money, '按 99.00 计算'],
    ['１２０', RULE.money, null], // NFKC makes it the plain number: nothing to say
    ['120', RULE.money, null],
    ['6 折', RULE.zhe, null],
    ['９．５折', RULE.zhe, null],
    ['13%', RULE.vat, null],
    ['1,200', RULE.count, '按 1,200 计算'],
    ['7.50 折', RULE.zhe, '按 7.5 折 计算'],
    ['13.0%', RULE.vat, '按 13% 计算'],
    ['1,000,000,000', RULE.money, '按 1,000,000,000.00 计算'],
    ['abc', RULE.money, null],
  ] as const)('%j → %s', (raw, rule, note) => {
    expect(readAs(raw, rule)).toBe(note);
  });
});

describe('含税价与不含税价 (13 %)', () => {
  const r = dec('0.13');

  it.each([
    // 不含税价 = 含税价 ÷ 1.13, to 分; 增值税 = 含税价 − 不含税价
    ['60', '53.1'], // 60 ÷ 1.13 = 53.0973… → 53.10, tax 6.90 (not 60 × 87 % = 52.20)
    ['100', '88.5'], // 100 ÷ 1.13 = 88.4955… → 88.50
    ['113', '100'],
    ['57', '50.44'], // 57 ÷ 1.13 = 50.4424… → 50.44
  ])('gross %s → net %s', (gross, net) => {
    expect(toNet(dec(gross), r).toString()).toBe(net);
  });

  it('is not 含税价 × (1 − 13 %)', () => {
    const net = toNet(dec(60), r);
    const wrong = dec(60).times('0.87');
    expect(net.minus(wrong).toString()).toBe('0.9');
    expect(dec(60).minus(net).toString()).toBe('6.9');
  });

  it.each([
    ['53.1', '60'], // 53.10 × 1.13 = 60.003 → 60.00
    ['100', '113'],
    ['3.63', '4.1'], // 3.63 × 1.13 = 4.1019 → 4.10
  ])('net %s → gross %s', (net, gross) => {
    expect(toGross(dec(net), r).toString()).toBe(gross);
  });

  it('shows the other basis only with a valid rate', () => {
    expect(otherBasis(dec(60), 'gross', r)?.toString()).toBe('53.1');
    expect(otherBasis(dec(60), 'net', r)?.toString()).toBe('67.8');
    expect(otherBasis(dec(60), 'gross', null)).toBeNull();
    expect(otherBasis(null, 'gross', r)).toBeNull();
  });
});

describe('retail price endings', () => {
  it.each([
    // Charm pricing lands just below: 12.00 → 11.90 (−0.8 %), against 12.90 (+7.5 %) up.
    ['12', 'nine', '12.9'],
    ['12', 'nine-down', '11.9'],
    ['12.95', 'nine-down', '12.9'],
    ['12.9', 'nine-down', '12.9'],
    ['0.5', 'nine-down', '0.5'], // no X.90 above zero below it: left alone

    ['87.43', 'nine', '87.9'],
    ['87.9', 'nine', '87.9'],
    ['87.95', 'nine', '88.9'],
    ['87', 'nine', '87.9'],
    ['87.43', 'yuan', '88'],
    ['87', 'yuan', '87'],
    ['87.43', 'none', '87.43'],
    ['0', 'nine', '0'],
  ] as const)('%s with %s → %s', (price, ending, expected) => {
    expect(applyEnding(dec(price), ending).toString()).toBe(expected);
  });
});

describe('stacked discounts multiply (折上折)', () => {
  it.each([
    [['0.8', '0.75'], '0.6', '0.4'], // 8 折 then 7.5 折 = 6 折, 40 % off
    [['0.5', '0.5'], '0.25', '0.75'], // 50 % + 50 % off is 75 % off, not 100 %
    [['0.6', '0'], '0', '1'], // any 0 折 (100 % off) takes the price to zero
    [['0.6', '0.92'], '0.552', '0.448'], // 6 折 then 再降 8 %
  ])('%j leaves %s, %s off', (factors, remaining, off) => {
    const result = stackFactors(factors.map(dec));
    expect(result.remaining.toString()).toBe(remaining);
    expect(result.off.toString()).toBe(off);
  });
});
