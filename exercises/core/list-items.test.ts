import { describe, expect, it } from 'vitest';
import { nextId } from './list-items';

describe('nextId', () => {
  it('takes the next number after the list, skipping ids already used', () => {
    expect(nextId('d', [])).toBe('d1');
    expect(nextId('d', [{ id: 'd1' }, { id: 'd3' }])).toBe('d4');
    expect(nextId('d', [{ id: 'd2' }])).toBe('d3');
    expect(nextId('r', [{ id: 'r2' }, { id: 'r3' }])).toBe('r4');
  });
});
