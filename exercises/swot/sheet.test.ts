import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { num, text } from '../core/sheets';
import { exampleData, removeItem } from './model';
import type { SwotData } from './schema';
import { swotSheets } from './sheet';

const doc = (data: SwotData): WorksheetDocument<SwotData> => ({
  id: 'a',
  exercise: 'swot',
  schemaVersion: 1,
  title: '润滑油',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  data,
});

describe('swotSheets', () => {
  const sheets = swotSheets(doc(exampleData('2026-12-01')));

  it('has a sheet for the fields, the quadrants and the strategies', () => {
    expect(sheets.map((s) => s.name)).toEqual(['概况', 'SWOT 条目', 'TOWS 策略']);
    expect(sheets[0].rows).toEqual([
      [text('文档名称'), text('润滑油')],
      [text('分析对象'), text('某区域工业润滑油业务')],
      [text('日期'), { kind: 'date', value: '2026-12-01' }],
    ]);
  });

  it('lists every item with its quadrant, number, importance as a number and evidence', () => {
    const items = sheets[1];
    expect(items.columns.map((c) => c.header)).toEqual([
      '象限',
      '序号',
      '条目',
      '重要性（1–5）',
      '依据',
    ]);
    expect(items.rows).toHaveLength(8);
    expect(items.rows[0]).toEqual([
      text('优势（S）'),
      num(1, '0'),
      text('技术服务团队响应快'),
      num(4, '0'),
      text('客户报修平均 4 小时内到场'),
    ]);
    expect(items.rows[7][0]).toEqual(text('威胁（T）'));
  });

  it('names the items a strategy builds on, and a deleted one as deleted', () => {
    const data = exampleData('2026-12-01');
    expect(sheets[2].rows[0]).toEqual([
      text('SO：用优势抓住机会'),
      num(1, '0'),
      text('以技术服务为卖点，主动开发工业园区新厂'),
      text('优势「技术服务团队响应快」；机会「本地新建工业园区陆续投产」'),
    ]);
    const without = removeItem(data, data.items.S[0].id)!.data;
    expect(swotSheets(doc(without))[2].rows[0][3]).toEqual(
      text('（已删除的条目）；机会「本地新建工业园区陆续投产」'),
    );
  });
});
