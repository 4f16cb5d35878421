/**
 * For tests only: the checks every worksheet definition passes (registry.test.ts for the
 * course's worksheets, recipe.test.tsx for the throw-away one in `__fixtures__/`).
 */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateData } from './core/validate';
import { checkWorksheet, type WorksheetEntry } from './registry';

/** `folder`: the worksheet's folder (a file URL ending in `/`). */
export function itIsACompleteWorksheet(entry: WorksheetEntry, folder: URL) {
  it('has every part', async () => {
    expect(await checkWorksheet(entry)).toEqual([]);
  });

  it('has the Astro files that mount its island on a page and on the embed route', () => {
    for (const file of ['Page.astro', 'Embed.astro'])
      expect(existsSync(new URL(file, folder)), file).toBe(true);
  });

  it('loads a definition of its own id, whose worked example is valid', async () => {
    const parts = await entry.parts();
    const def = await parts.definition();
    expect(def.id).toBe(entry.id);
    expect(validateData(def, await parts.example()).ok).toBe(true);
  });

  it('loads its 汇总 body and spreadsheet description', async () => {
    const parts = await entry.parts();
    expect(typeof (await parts.collectBody())).toBe('function');
    expect(typeof (await parts.sheets())).toBe('function');
  });
}
