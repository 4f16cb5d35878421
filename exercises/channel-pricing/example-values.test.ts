import { describe, expect, it } from 'vitest';
import { cloneData } from '../core/document';
import { exampleLeftovers } from './example-values';
import { createData, EXAMPLE, setText } from './model';

describe('channel pricing example values', () => {
  it('marks the example’s figures, not the defaults or the choices, until edited', () => {
    const left = exampleLeftovers(cloneData(EXAMPLE));
    expect(left.size).toBe(33);
    expect(left.has('unitCost')).toBe(true);
    expect(left.has('tiers.t2.floor')).toBe(true);
    expect(left.has('tiers.t1.pocket.rebate')).toBe(true);
    expect(left.has('volume.breaks.1.discount')).toBe(true);
    expect(left.has('vatRate')).toBe(false);
    expect(left.has('tiers.t1.pocket.promoKind')).toBe(false);
    const edited = exampleLeftovers(setText(cloneData(EXAMPLE), 'unitCost', '42'));
    expect(edited.has('unitCost')).toBe(false);
    expect(edited.size).toBe(32);
  });

  it('does not flag a chain of one’s own that shares one figure', () => {
    expect(exampleLeftovers(setText(createData(), 'retailPrice', '100')).size).toBe(0);
  });
});
