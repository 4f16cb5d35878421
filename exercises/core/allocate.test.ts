import { describe, expect, it } from 'vitest';
import { allocate, sumAt } from './allocate';

describe('allocate (largest remainder)', () => {
  it.each([
    [100, [1, 1, 1], 0, [34, 33, 33]],
    [100, [0, 1, 1], 0, [0, 50, 50]],
    [10, [1, 1, 1], 0, [4, 3, 3]],
    [35, [4, 3, 3, 2], 0, [11, 9, 9, 6]],
    [1, [1, 1, 1], 0, [1, 0, 0]],
    [0, [1, 2], 0, [0, 0]],
    [100, [1, 1, 1], 2, [33.34, 33.33, 33.33]],
    [150.5, [1, 1, 1, 1], 2, [37.63, 37.63, 37.62, 37.62]],
    [12, [3, 3, 3, 3], 0, [3, 3, 3, 3]],
    [-10, [1, 1, 1], 0, [-4, -3, -3]],
    [7, [0.1, 0.2, 0.7], 0, [1, 1, 5]],
  ])('%d by %j at %d decimals → %j', (total, weights, decimals, expected) => {
    const result = allocate(total, weights, decimals);
    expect(result).toEqual({ ok: true, parts: expected });
  });

  it('always adds up to the rounded total', () => {
    for (let total = 0; total <= 200; total += 7) {
      const weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
      const result = allocate(total + 0.37, weights, 2);
      if (!result.ok) throw new Error('expected ok');
      expect(sumAt(result.parts, 2)).toBe(Math.round((total + 0.37) * 100) / 100);
    }
  });

  it('never gives anything to a zero weight', () => {
    const result = allocate(5, [0, 1, 0, 1], 0);
    expect(result).toEqual({ ok: true, parts: [0, 3, 0, 2] });
  });

  it.each([
    [[0, 0, 0], 'no-weight'],
    [[], 'no-weight'],
    [[1, -1], 'invalid'],
    [[1, Number.NaN], 'invalid'],
  ])('refuses weights %j (%s)', (weights, reason) => {
    expect(allocate(10, weights, 0)).toEqual({ ok: false, reason });
  });

  it('sumAt adds in whole units', () => {
    expect(sumAt([0.1, 0.2], 2)).toBe(0.3);
  });
});
