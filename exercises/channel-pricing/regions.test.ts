import { describe, expect, it } from 'vitest';
import { EXAMPLE } from './model';
import { formatYuan } from './money';
import { crossRegion } from './regions';

const check = (priceA: string, priceB: string, freight: string, handling = '') =>
  crossRegion({ priceA, priceB, freight, handling });

describe('窜货 check: the regional gap against freight and handling', () => {
  it('warns when the gap exceeds what moving the goods costs (the example)', () => {
    // 60 − 52 = 8.00 gap; freight 3 + handling 2 = 5.00; 8 − 5 = 3.00 per unit to gain.
    const result = crossRegion(EXAMPLE.regions);
    if (!result.ok) throw new Error();
    expect([formatYuan(result.gap), formatYuan(result.cost), formatYuan(result.spread)]).toEqual([
      '8.00',
      '5.00',
      '3.00',
    ]);
    expect(result.risk).toBe(true);
    expect(result.message).toBe(
      '两区价差 8.00 元，超过跨区运费和费用合计 5.00 元：货从乙区域运到甲区域，每件还能多赚 3.00 元，容易引发窜货。',
    );
  });

  it('is quiet when the gap stays within the cost, or equals it', () => {
    // 60 − 56 = 4 < 3 + 2; 60 − 55 = 5 = 5: nothing to gain either way.
    expect(check('60', '56', '3', '2')).toMatchObject({ ok: true, risk: false });
    const equal = check('55', '60', '3', '2');
    expect(equal).toMatchObject({ ok: true, risk: false });
    if (!equal.ok) throw new Error();
    expect(equal.message).toBe(
      '两区价差 5.00 元，没有超过跨区运费和费用合计 5.00 元：跨区倒货无利可图。',
    );
  });

  it('names the direction the goods would flow', () => {
    // 乙 is dearer: goods would move from 甲 to 乙. 70 − 60 = 10 > 4.
    const result = check('60', '70', '4');
    if (!result.ok) throw new Error();
    expect(result.message).toContain('货从甲区域运到乙区域，每件还能多赚 6.00 元');
  });

  it('waits for both prices and the freight; other costs may stay empty', () => {
    expect(check('60', '', '3')).toEqual({ ok: false });
    expect(check('60', '52', '')).toEqual({ ok: false });
    expect(check('60', '52', '3', 'x')).toEqual({ ok: false });
    expect(check('60', '52', '3')).toMatchObject({ ok: true, risk: true });
  });
});
