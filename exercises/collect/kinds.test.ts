import { describe, expect, it, vi } from 'vitest';
import type { WorksheetParts } from '../registry';
import { swotDefinition } from '../swot/definition';
import { kindOf, loadKind } from './kinds';

const Body = () => null;
const Merged = () => null;

/** A worksheet's parts, each counting its loads; the views fail as often as `failures`. */
function fakeParts(failures = 0) {
  let left = failures;
  const parts = {
    definition: vi.fn(async () => swotDefinition as never),
    collectBody: vi.fn(async () => {
      if (left-- > 0) throw new TypeError('Failed to fetch');
      return Body;
    }),
    collectMerged: vi.fn(async () => Merged),
    sheets: vi.fn(),
    example: vi.fn(),
  };
  return { parts, asParts: parts as unknown as WorksheetParts };
}

describe('a 汇总 type', () => {
  it('loads only its definition at first; the views when first asked for, once', async () => {
    const { parts, asParts } = fakeParts();
    const kind = await kindOf(asParts);
    expect(kind.def).toBe(swotDefinition);
    expect(parts.collectBody).not.toHaveBeenCalled();
    expect(parts.collectMerged).not.toHaveBeenCalled();
    expect(parts.sheets).not.toHaveBeenCalled();

    expect(await kind.views()).toEqual({ Body, Merged });
    expect(await kind.views()).toEqual({ Body, Merged });
    expect(parts.collectBody).toHaveBeenCalledTimes(1);
    expect(parts.collectMerged).toHaveBeenCalledTimes(1);
  });

  it('tries the views again after a failed load', async () => {
    const { parts, asParts } = fakeParts(1);
    const kind = await kindOf(asParts);
    await expect(kind.views()).rejects.toThrow('Failed to fetch');
    expect(await kind.views()).toEqual({ Body, Merged });
    expect(parts.collectBody).toHaveBeenCalledTimes(2);
  });

  it('has no merged view for a worksheet without one', async () => {
    const { parts, asParts } = fakeParts();
    const { collectMerged: _merged, ...rest } = parts;
    const kind = await kindOf(rest as unknown as WorksheetParts);
    expect(await kind.views()).toEqual({ Body, Merged: undefined });
  });

  it('loads a registered worksheet and rejects an unknown id', async () => {
    const kind = await loadKind('swot');
    expect(kind.def.id).toBe('swot');
    const views = await kind.views();
    expect(typeof views.Body).toBe('function');
    expect(typeof views.Merged).toBe('function');
    await expect(loadKind('no-such-sheet')).rejects.toThrow('not in exercises/registry.ts');
  });
});
