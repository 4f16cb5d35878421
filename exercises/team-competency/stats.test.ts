import { describe, expect, it } from 'vitest';
import { EXAMPLE } from './model';
import {
  allSame,
  commonGaps,
  dimensionAverages,
  formatAverage,
  hundredths,
  itemAverages,
  raterGaps,
  wideGaps,
} from './stats';

const [self, li, wang] = EXAMPLE.people;
const fmt = (a: Record<string, { sum: number; count: number }>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, formatAverage(v)]));

describe('averages', () => {
  it('per dimension for one person', () => {
    expect(fmt(dimensionAverages([self.scores]))).toEqual({
      lead: '3.5',
      business: '4.5',
      execution: '3.5',
      communication: '2.5',
    });
    expect(fmt(dimensionAverages([wang.scores]))).toEqual({
      lead: '3.25',
      business: '2.5',
      execution: '3.0',
      communication: '3.0',
    });
  });

  it('for the team, exactly: 38/12 = 3.17, not a sum of rounded averages', () => {
    const team = dimensionAverages([self.scores, li.scores, wang.scores]);
    expect(team.lead).toEqual({ sum: 38, count: 12 });
    expect(fmt(team)).toEqual({
      lead: '3.17',
      business: '3.5',
      execution: '3.08',
      communication: '2.92',
    });
  });

  it('rounds half up in whole hundredths and counts only rated items', () => {
    expect(hundredths({ sum: 25, count: 8 })).toBe(313); // 3.125
    expect(hundredths({ sum: 0, count: 0 })).toBeNull();
    expect(formatAverage({ sum: 0, count: 0 })).toBe('—');
    const partial = [3, 0, 0, 0, ...Array(12).fill(0)];
    expect(dimensionAverages([partial]).lead).toEqual({ sum: 3, count: 1 });
    expect(itemAverages([self.scores, li.scores])[13]).toEqual({ sum: 5, count: 2 });
  });
});

describe('rater gaps', () => {
  it('经理 − 本人 per item, the wide ones first', () => {
    expect(raterGaps(self)).toEqual([]);
    expect(raterGaps(li)).toHaveLength(16);
    // 问题分析与解决: 经理 2, 本人 4.
    expect(wideGaps(li)).toEqual([{ item: 9, self: 4, manager: 2, gap: -2 }]);
  });

  it('finds ratings that tell nothing apart', () => {
    expect(allSame(Array(16).fill(3))).toBe(true);
    expect(allSame(self.scores)).toBe(false);
    expect(allSame(Array(16).fill(0))).toBe(false);
  });
});

describe('common gaps', () => {
  it('counts each competency among the people’s lowest items, most often first', () => {
    const other = [...self.scores];
    other[13] = 1;
    other[9] = 2; // lowest: 跨部门协作 (1), then 问题分析与解决 and 冲突解决 (2)
    expect(commonGaps([self.scores, li.scores, other])).toEqual([
      { item: 9, count: 2 },
      { item: 13, count: 2 },
      { item: 14, count: 2 },
      { item: 2, count: 1 },
    ]);
  });
});
