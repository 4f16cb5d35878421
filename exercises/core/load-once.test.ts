import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads when first called and shares that load; after a failure it tries again', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return { word: '已载入' };
    });
    const once = loadOnce(load);
    expect(load).not.toHaveBeenCalled();
    await expect(once()).rejects.toThrow('Failed to fetch');
    fail = false;
    const first = once();
    expect(once()).toBe(first);
    expect(await first).toEqual({ word: '已载入' });
    expect(await once()).toEqual({ word: '已载入' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
