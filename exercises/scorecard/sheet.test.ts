import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { EXAMPLE, setCategoryWeight, type ScorecardData } from './model';
import { scorecardSheets } from './sheet';

const doc = (data: ScorecardData): WorksheetDocument<ScorecardData> => ({
  id: 'd1',
  exercise: 'scorecard',
  schemaVersion: 1,
  title: '示例',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  data,
});

describe('scorecardSheets', () => {
  it('lists the sheets with the worked numbers', () => {
    const sheets = scorecardSheets(doc(EXAMPLE));
    expect(sheets.map((s) => s.name)).toEqual([
      '概况',
      '指标与权重',
      '成员得分',
      '排名',
      '绩效面谈',
    ]);
    const ranking = sheets[3]!;
    expect(ranking.columns.map((c) => c.header)).toEqual([
      '名次',
      '成员',
      '业绩指标',
      '能力指标',
      '过程指标',
      '发展指标',
      '综合得分',
    ]);
    const zhang = ranking.rows.find((r) => r[1]?.kind === 'text' && r[1].value === '张伟')!;
    expect(zhang.map((c) => (c && c.kind !== 'date' ? c.value : null))).toEqual([
      2,
      '张伟',
      85,
      80,
      90,
      70,
      83,
    ]);
    const weights = sheets[1]!.rows.map((r) => r[1]);
    expect(weights[0]).toEqual({ kind: 'number', value: 0.4, format: '0.0%' });
  });

  it('notes weights that do not total 100%', () => {
    const [overview] = scorecardSheets(doc(setCategoryWeight(EXAMPLE, 'growth', '5')));
    const values = overview!.rows.map((r) => (r[1]?.kind === 'text' ? r[1].value : null));
    expect(values).toContain('95%');
    expect(values).toContain('四类指标的权重合计为 95%，应为 100%。');
  });
});
