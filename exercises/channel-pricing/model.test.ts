import { describe, expect, it } from 'vitest';
import {
  addBreak,
  addScenario,
  addTier,
  moveTier,
  removeBreak,
  removeScenario,
  removeTier,
  updateBreak,
  updateScenario,
  updateTier,
} from './edits';
import { computeChain } from './chain';
import { createData, EXAMPLE, isBlank, setMethod, setText } from './model';

const names = (data: { tiers: { name: string }[] }) => data.tiers.map((t) => t.name);

describe('a fresh worksheet', () => {
  it('has the usual four tiers, 13 % VAT and the two scenarios', () => {
    const data = createData();
    expect(names(data)).toEqual(['厂商', '经销商', '零售商', '消费者']);
    expect(data.vatRate).toBe('13');
    expect(data.scenarios.map((s) => s.name)).toEqual(['促销价', '区域价']);
    expect(isBlank(data)).toBe(true);
    expect(isBlank(setText(data, 'retailPrice', '1'))).toBe(false);
  });
});

describe('editing the chain', () => {
  it('adds a tier before the final buyer with a fresh id', () => {
    const data = addTier(createData(), '新层级');
    expect(names(data)).toEqual(['厂商', '经销商', '零售商', '新层级', '消费者']);
    expect(data.tiers[3].id).toBe('t5');
    // Ids are never reused, even after a removal.
    const again = addTier(removeTier(data, 3), '二批');
    expect(again.tiers[3].id).toBe('t5');
    expect(addTier(removeTier(data, 4), 'x').tiers.map((t) => t.id)).toEqual([
      't1',
      't2',
      't3',
      't6',
      't5',
    ]);
  });

  it('moves tiers up and down, and ignores moves off the ends', () => {
    const data = createData();
    expect(names(moveTier(data, 2, -1))).toEqual(['厂商', '零售商', '经销商', '消费者']);
    expect(names(moveTier(data, 0, 1))).toEqual(['经销商', '厂商', '零售商', '消费者']);
    expect(moveTier(data, 0, -1)).toBe(data);
    expect(moveTier(data, 3, 1)).toBe(data);
  });

  it('keeps a floor with its tier when tiers move (it is the tier’s own setting)', () => {
    const moved = moveTier(EXAMPLE, 1, 1); // 经销商 and 零售商 swap
    expect(moved.tiers[2]).toMatchObject({ id: 't2', floor: '56' });
    const result = computeChain(moved);
    if (!result.ok) throw new Error();
    // 零售商 is now the company's customer, with no floor; 经销商, a reseller, is not checked.
    expect(result.context.floors.map((f) => f && f.toString())).toEqual([null, null, null, null]);
  });

  it('clears references to a removed tier', () => {
    const data = removeTier(EXAMPLE, 1);
    expect(names(data)).toEqual(['厂商', '零售商', '消费者']);
    expect(data.volume.tierId).toBe('');
    expect(data.scenarios.map((s) => s.tierId)).toEqual(['t4', '']);
    expect(removeTier(data, 9)).toBe(data);
  });

  it('renames and reprices a tier', () => {
    const data = updateTier(createData(), 1, {
      name: '总代理',
      discount: '6',
      discountBase: 'next',
    });
    expect(data.tiers[1]).toMatchObject({
      id: 't2',
      name: '总代理',
      discount: '6',
      discountBase: 'next',
    });
  });

  it('can remove every tier (the view then asks for two)', () => {
    let data = createData();
    for (let i = 0; i < 4; i++) data = removeTier(data, 0);
    expect(data.tiers).toEqual([]);
    expect(computeChain(data)).toMatchObject({ ok: false, reason: 'tooFew' });
    expect(names(addTier(addTier(data, 'a'), 'b'))).toEqual(['a', 'b']);
  });
});

describe('editing breaks and scenarios', () => {
  it('adds, changes and removes breaks', () => {
    let data = addBreak(addBreak(createData()));
    data = updateBreak(data, 1, { above: '1000', discount: '9' });
    expect(data.volume.breaks).toEqual([
      { above: '', discount: '' },
      { above: '1000', discount: '9' },
    ]);
    expect(removeBreak(data, 0).volume.breaks).toEqual([{ above: '1000', discount: '9' }]);
  });

  it('adds scenarios on the retail price, and edits or removes them', () => {
    let data = addScenario(createData(), '新情景');
    expect(data.scenarios[2]).toEqual({ id: 's3', name: '新情景', tierId: 't4', extraOff: '' });
    data = updateScenario(data, 2, { tierId: 't3', extraOff: '5' });
    expect(data.scenarios[2]).toMatchObject({ tierId: 't3', extraOff: '5' });
    expect(removeScenario(data, 0).scenarios.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('switching the method keeps what was typed', () => {
    const data = setMethod(EXAMPLE, 'cost-plus');
    expect(data.retailPrice).toBe('100');
    expect(setMethod(data, 'retail-minus')).toEqual(EXAMPLE);
  });
});

describe('list limits (core/limits.ts)', () => {
  it('adds no tier, break or scenario past 200, so what is typed always loads again', () => {
    let data = createData();
    for (let i = 0; i < 210; i++) data = addScenario(addBreak(addTier(data, `第 ${i} 级`)), '方案');
    expect(data.tiers).toHaveLength(200);
    expect(data.volume.breaks).toHaveLength(200);
    expect(data.scenarios).toHaveLength(200);
  });
});
