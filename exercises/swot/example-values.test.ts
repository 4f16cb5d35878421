import { describe, expect, it } from 'vitest';
import { exampleLeftovers } from './example-values';
import { createData, exampleData, moveItemTo, updateItem, updateStrategy } from './model';

describe('SWOT example values', () => {
  it('marks every text of the course example, moved items too, until edited', () => {
    const data = exampleData('2026-11-28');
    const left = exampleLeftovers(data);
    // 分析对象, 8 items, 2 依据, 4 strategies; the date is the day it was loaded.
    expect(left.size).toBe(15);
    expect(left.has('subject')).toBe(true);
    expect(left.has('ex-S1.evidence')).toBe(true);
    const moved = moveItemTo(data, 'ex-S1', 'O');
    expect(exampleLeftovers(moved).has('ex-S1')).toBe(true);
    const edited = updateStrategy(
      updateItem(data, 'ex-S1', { text: '华东区服务网点' }),
      'SO',
      'ex-SO1',
      {
        text: '主攻工业园区',
      },
    );
    const after = exampleLeftovers(edited);
    expect(after.has('ex-S1')).toBe(false);
    expect(after.has('ex-SO1')).toBe(false);
    expect(after.size).toBe(13);
  });

  it('does not flag an analysis of one’s own that shares a single text', () => {
    const own = { ...createData(), subject: '某区域工业润滑油业务' };
    expect(exampleLeftovers(own).size).toBe(0);
  });
});
