import * as v from 'valibot';
import { CommissionSchema } from './schema';
import { describe, expect, it } from 'vitest';
import { ROWS_MAX } from '../core/limits';
import type { AcceptedRow } from '../core/rows-import';
import {
  addBand,
  addRep,
  addTier,
  createData,
  exampleData,
  importReps,
  isBlank,
  removeRep,
  removeTier,
  repImportFields,
  updateRep,
} from './model';

describe('提成方案测算 model', () => {
  it('starts blank with one tier from 0% and one empty rep', () => {
    const data = createData();
    expect(data.tiers).toEqual([{ id: 't1', from: '0', rate: '' }]);
    expect(data.reps).toHaveLength(1);
    expect(isBlank(data)).toBe(true);
    expect(isBlank(exampleData())).toBe(false);
  });

  it('the example is the chapter plan: 底薪 6,000, tiers 2% / 3% / 4%, three reps 甲乙丙', () => {
    const data = exampleData();
    expect(data.baseSalary).toBe('6,000');
    expect(data.tiers.map((t) => `${t.from}:${t.rate}`)).toEqual(['0:2', '60:3', '100:4']);
    expect(data.marginBands.map((b) => `${b.from}:${b.factor}`)).toEqual([
      '0:0.6',
      '20:1.0',
      '30:1.2',
    ]);
    expect(data.reps.map((r) => r.name)).toEqual(['甲', '乙', '丙']);
  });

  it('adds and removes tiers, bands and reps with fresh ids, never past the list limit', () => {
    let data = addTier(createData());
    expect(data.tiers.map((t) => t.id)).toEqual(['t1', 't2']);
    data = removeTier(removeTier(data, 't2'), 't1');
    expect(data.tiers).toHaveLength(1);
    data = addBand(data);
    expect(data.marginBands[0]!.id).toBe('m1');
    data = updateRep(addRep(data), 'r2', { name: '王敏' });
    expect(data.reps.map((r) => `${r.id}:${r.name}`)).toEqual(['r1:', 'r2:王敏']);
    expect(removeRep(data, 'r1').reps.map((r) => r.id)).toEqual(['r2']);
    let full = createData();
    for (let i = 0; i < ROWS_MAX + 5; i++) full = addRep(full);
    expect(full.reps).toHaveLength(ROWS_MAX);
    // A file of ROWS_MAX reps reads back; one more is refused.
    expect(v.safeParse(CommissionSchema, full).success).toBe(true);
    const over = { ...full, reps: [...full.reps, { ...full.reps[0]!, id: 'over' }] };
    expect(v.safeParse(CommissionSchema, over).success).toBe(false);
  });

  it('imports rows after the reps that hold something, or in their place', () => {
    const rows: AcceptedRow[] = [
      { line: 2, values: { name: '王敏', target: 500000, sales: 420000.5, margin: 90000 } },
      { line: 3, values: { name: '李强', target: 300000, sales: 0, performance: 1.1 } },
    ];
    const appended = importReps(exampleData(), rows, 'append');
    expect(appended.reps.map((r) => r.name)).toEqual(['甲', '乙', '丙', '王敏', '李强']);
    expect(appended.reps[3]).toMatchObject({ id: 'r4', sales: '420,000.5', collected: '' });
    expect(appended.reps[4]).toMatchObject({ performance: '1.1', sales: '0' });
    const replaced = importReps(createData(), rows, 'replace');
    expect(replaced.reps.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(importReps(createData(), rows, 'append').reps).toHaveLength(2);
  });

  it('reads the columns 销售代表, 目标, 实际销售额 as required', () => {
    expect(
      repImportFields()
        .filter((f) => f.required)
        .map((f) => f.label),
    ).toEqual(['销售代表', '目标', '实际销售额']);
  });
});
