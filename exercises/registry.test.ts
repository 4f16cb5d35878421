import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  checkWorksheet,
  findWorksheet,
  requireWorksheet,
  WORKSHEETS,
  type WorksheetEntry,
  type WorksheetInfo,
  type WorksheetParts,
} from './registry';
import { itIsACompleteWorksheet } from './registry-checks';

describe('requireWorksheet', () => {
  it('returns the entry of a ready worksheet', () => {
    expect(requireWorksheet('swot')).toBe(findWorksheet('swot'));
    expect(requireWorksheet('smart-goal').title).toBe('SMART 目标制定');
  });

  it('throws a clear error naming an unknown id', () => {
    expect(() => requireWorksheet('no-such-sheet')).toThrow(
      'Worksheet "no-such-sheet" is not available (see exercises/registry.ts)',
    );
  });

  it('throws for a worksheet whose interactive version is not ready', () => {
    const draft: WorksheetInfo = {
      id: 'draft',
      title: '草稿练习',
      summary: '尚未完成。',
      chapter: '/role/duties/',
      ready: false,
    };
    const list: WorksheetInfo[] = [...WORKSHEETS, draft];
    expect(() => requireWorksheet('draft', list)).toThrow('Worksheet "draft" is not available');
    expect(requireWorksheet('swot', list).id).toBe('swot');
  });
});

/** A throw-away worksheet definition (never shipped) with every part, reusing SWOT's. */
const fixture: WorksheetEntry = {
  ...WORKSHEETS.find((w) => w.id === 'swot')!,
  id: 'fixture-sheet',
  title: '测试练习',
};

describe('worksheet definitions', () => {
  it('a complete definition has no problems', async () => {
    expect(checkEntry(fixture)).toEqual([]);
    expect(await checkWorksheet(fixture)).toEqual([]);
  });

  it('names each field a definition lacks', () => {
    const { contract: _contract, ...noContract } = fixture;
    expect(checkEntry({ ...noContract, title: '' })).toEqual([
      'fixture-sheet: missing title',
      'fixture-sheet: missing contract',
    ]);
    expect(checkEntry({ ...fixture, parts: undefined })).toEqual(['fixture-sheet: missing parts']);
  });

  it('names each part a definition lacks, e.g. its 汇总 body', async () => {
    const noKind: WorksheetEntry = {
      ...fixture,
      parts: async () => {
        const { collectBody: _body, ...rest } = await WORKSHEETS[0].parts();
        return rest as WorksheetParts;
      },
    };
    expect(await checkWorksheet(noKind)).toEqual(['fixture-sheet: missing collectBody']);
  });

  it('ids are unique and folder names', () => {
    const ids = WORKSHEETS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  describe.each(WORKSHEETS.map((w) => [w.id, w] as const))('%s', (id, entry) => {
    itIsACompleteWorksheet(entry, new URL(`./${id}/`, import.meta.url));
  });
});
