import { describe, expect, it } from 'vitest';
import { findWorksheet, requireWorksheet, WORKSHEETS, type WorksheetInfo } from './registry';

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
    expect(() => requireWorksheet('draft', [...WORKSHEETS, draft])).toThrow(
      'Worksheet "draft" is not available',
    );
    expect(requireWorksheet('swot', [...WORKSHEETS, draft]).id).toBe('swot');
  });
});
