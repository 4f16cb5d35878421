import { describe, expect, it } from 'vitest';
import { discountsFromNext, tierInputs, tierRole } from './tiers';

describe('tiers of a price chain', () => {
  it('are producer, channel tiers and the final buyer by their place', () => {
    expect([0, 1, 2, 3].map((i) => tierRole(i, 4))).toEqual([
      'producer',
      'channel',
      'channel',
      'buyer',
    ]);
    expect([0, 1].map((i) => tierRole(i, 2))).toEqual(['producer', 'buyer']);
  });

  it('take a discount off the next price only when the next tier is a channel tier', () => {
    expect([0, 1, 2, 3].map((i) => discountsFromNext(i, 4))).toEqual([false, true, false, false]);
    expect([0, 1, 2].map((i) => discountsFromNext(i, 3))).toEqual([false, false, false]);
  });

  it('under 零售价倒推, only channel tiers take a discount; sellers keep a minimum margin', () => {
    const inputs = [0, 1, 2, 3].map((i) => tierInputs('retail-minus', i, 4));
    expect(inputs.map((t) => t.discount)).toEqual([false, true, true, false]);
    expect(inputs.map((t) => t.discountBase)).toEqual([false, true, false, false]);
    expect(inputs.map((t) => t.rate)).toEqual([false, false, false, false]);
    expect(inputs.map((t) => t.minMargin)).toEqual([true, true, true, false]);
  });

  it('under 成本加成, every seller takes a markup or margin; nobody a discount', () => {
    const inputs = [0, 1, 2].map((i) => tierInputs('cost-plus', i, 3));
    expect(inputs.map((t) => t.rate)).toEqual([true, true, false]);
    expect(inputs.map((t) => t.discount || t.discountBase)).toEqual([false, false, false]);
  });
});
