import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exportDocument } from '../core/files';
import { parseImport } from '../core/import-export';
import { validateData } from '../core/validate';
import { scorecardDefinition as def } from './definition';
import { createData, exampleData, type ScorecardData } from './model';

const EXAMPLE = exampleData();
const DOC: WorksheetDocument<ScorecardData> = {
  id: 'abc',
  exercise: 'scorecard',
  schemaVersion: 1,
  title: '示例：2026 年第四季度绩效计分卡',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-02T00:00:00.000Z',
  data: EXAMPLE,
};

describe('the 绩效计分卡 definition', () => {
  it('accepts a fresh body and the example; the fresh body is always the same', () => {
    expect(validateData(def, createData()).ok).toBe(true);
    expect(validateData(def, EXAMPLE)).toEqual({ ok: true, value: EXAMPLE });
    expect(def.createData()).toEqual(def.createData());
  });

  it('round-trips an export', () => {
    const file = exportDocument(DOC, new Date(2026, 11, 6));
    expect(parseImport(file.text, def)).toMatchObject({ ok: true, doc: { data: EXAMPLE } });
  });

  it('names the field in Chinese when an imported card is wrong', () => {
    const bad = {
      ...EXAMPLE,
      categories: [
        {
          ...EXAMPLE.categories[0]!,
          indicators: [{ ...EXAMPLE.categories[0]!.indicators[0]!, rule: 'log' }],
        },
      ],
    };
    const result = validateData(def, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('计分方式');
  });
});
