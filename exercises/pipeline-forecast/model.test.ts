import * as v from 'valibot';
import { PipelineSchema } from './schema';
import { describe, expect, it } from 'vitest';
import { ROWS_MAX } from '../core/limits';
import {
  addDeal,
  addHistory,
  addStage,
  createData,
  exampleData,
  isBlank,
  removeDeal,
  removeStage,
  stageInUse,
  updateDeal,
} from './model';

describe('销售漏斗预测 model', () => {
  it('starts blank with the chapter stages and one empty deal', () => {
    const data = createData();
    expect(data.stages.map((s) => `${s.name} ${s.probability}`)).toEqual([
      '需求分析 10',
      '方案提交 25',
      '谈判议价 60',
      '促成成交 90',
    ]);
    expect(data.deals).toHaveLength(1);
    expect(isBlank(data)).toBe(true);
    expect(isBlank(exampleData())).toBe(false);
  });

  it('the example holds 820 of pipeline, 400 of it closing in March 2027', () => {
    const data = exampleData();
    const total = data.deals.reduce((n, d) => n + Number(d.amount), 0);
    const march = data.deals
      .filter((d) => d.closeDate.startsWith('2027-03'))
      .reduce((n, d) => n + Number(d.amount), 0);
    expect([total, march]).toEqual([820, 400]);
  });

  it('adds and removes deals with fresh ids, never past the list limit', () => {
    let data = addDeal(createData());
    expect(data.deals.map((d) => d.id)).toEqual(['d1', 'd2']);
    data = addDeal(removeDeal(data, 'd1'));
    expect(data.deals.map((d) => d.id)).toEqual(['d2', 'd3']);
    const full = {
      ...data,
      deals: Array.from({ length: ROWS_MAX }, (_, i) => ({ ...data.deals[0], id: `x${i}` })),
    };
    expect(addDeal(full)).toBe(full);
    // A file of ROWS_MAX deals reads back; one more is refused.
    expect(v.safeParse(PipelineSchema, full).success).toBe(true);
    const over = { ...full, deals: [...full.deals, { ...full.deals[0]!, id: 'over' }] };
    expect(v.safeParse(PipelineSchema, over).success).toBe(false);
  });

  it('keeps a stage that deals still use', () => {
    let data = updateDeal(createData(), 'd1', { stage: 's2' });
    expect(stageInUse(data, 's2')).toBe(true);
    expect(removeStage(data, 's2')).toBe(data);
    data = addStage(data);
    expect(data.stages.at(-1)).toEqual({ id: 's5', name: '', probability: '' });
    expect(removeStage(data, 's5').stages).toHaveLength(4);
  });

  it('records a period result', () => {
    const data = addHistory(createData(), {
      period: '2027 年 3 月',
      forecast: '162.5',
      actual: '',
    });
    expect(data.history).toEqual([{ period: '2027 年 3 月', forecast: '162.5', actual: '' }]);
  });
});
