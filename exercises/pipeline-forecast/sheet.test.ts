import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exampleData, type PipelineData } from './model';
import { pipelineSheets } from './sheet';

const doc: WorksheetDocument<PipelineData> = {
  exercise: 'pipeline-forecast',
  id: 'doc1',
  title: '示例：区域团队 3 月预测',
  schemaVersion: 1,
  createdAt: '2027-03-01T00:00:00.000Z',
  updatedAt: '2027-03-01T00:00:00.000Z',
  data: exampleData(),
};

describe('pipelineSheets on the chapter example', () => {
  const sheets = pipelineSheets(doc, new Date(2027, 2, 12));

  it('writes the period figures: 400 in the period, 162.5 weighted', () => {
    const overview = Object.fromEntries(
      sheets[0].rows.map(([label, cell]) => [
        label && 'value' in label ? label.value : '',
        cell && 'value' in cell ? cell.value : null,
      ]),
    );
    expect(overview['本期商机金额']).toBe(400);
    expect(overview['加权预测（金额 × 赢单率）']).toBe(162.5);
    expect(overview['承诺（commit）']).toBe(170);
    expect(overview['最好情况（承诺 + 可能）']).toBe(320);
    expect(overview['覆盖率（本期商机 ÷ 剩余目标）']).toBe(2.2222);
  });

  it('writes the stages with rates as real fractions and the deals with their period flag', () => {
    expect(sheets[1].rows.map((r) => r.map((c) => (c && 'value' in c ? c.value : null)))).toEqual([
      ['需求分析', 0.1, 2, 80, 8, 0.6],
      ['方案提交', 0.25, 2, 150, 37.5, 0.5],
      ['谈判议价', 0.6, 1, 120, 72, 0.3333],
      ['促成成交', 0.9, 1, 50, 45, null],
    ]);
    expect(sheets[2].rows).toHaveLength(10);
    expect(sheets[2].rows[0].map((c) => (c && 'value' in c ? c.value : null))).toEqual([
      '华北建工',
      30,
      '需求分析',
      '2027-03-28',
      '王敏',
      '储备',
      '是',
    ]);
    expect(sheets[2].rows[6].at(-1)).toEqual({ kind: 'text', value: '否' });
    expect(sheets[3].rows[0].map((c) => (c && 'value' in c ? c.value : null))).toEqual([
      '2027 年 2 月',
      200,
      180,
      0.8889,
    ]);
  });
});
