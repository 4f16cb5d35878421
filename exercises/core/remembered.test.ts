import { describe, expect, it, vi } from 'vitest';
import { remembered } from './remembered';

describe('remembered', () => {
  it('works a result out once per object while the other arguments stay the same', () => {
    const compute = vi.fn((row: { amount: string }, index: number) => `${index}:${row.amount}`);
    const read = remembered(compute);
    const rows = [{ amount: '10' }, { amount: '20' }];
    expect(rows.map((r, i) => read(r, i))).toEqual(['0:10', '1:20']);
    expect(rows.map((r, i) => read(r, i))).toEqual(['0:10', '1:20']);
    expect(compute).toHaveBeenCalledTimes(2);
    // An edited row is a new object; a row moved to another place is worked out again.
    const edited = [{ amount: '11' }, rows[1]];
    expect(edited.map((r, i) => read(r, i))).toEqual(['0:11', '1:20']);
    expect(read(rows[1], 0)).toBe('0:20');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
