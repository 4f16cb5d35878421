import { describe, expect, it } from 'vitest';
import { rowsLeft } from '../core/example-paths';
import { rowHas } from '../core/example-values';
import { exampleFields, exampleLeftovers } from './example-values';
import { createData, exampleData, setField, updateRep } from './model';

describe('example values left in a plan', () => {
  it('names every place of the chapter example while it is unchanged', () => {
    expect(exampleLeftovers(exampleData())).toEqual([
      '底薪',
      '提成档位',
      '回款比例',
      '毛利系数',
      '测算目标',
      '销售代表 甲',
      '销售代表 乙',
      '销售代表 丙',
    ]);
  });

  it('drops a place once it is edited, and flags nothing in a document of ones own', () => {
    let data = setField(exampleData(), 'baseSalary', '5,000');
    data = updateRep(data, 'r1', {
      name: '王敏',
      target: '1',
      sales: '1',
      margin: '1',
      collected: '1',
    });
    expect(exampleLeftovers(data)).not.toContain('底薪');
    expect(exampleLeftovers(data)).not.toContain('销售代表 王敏');
    expect(exampleLeftovers(createData())).toEqual([]);
    expect(exampleLeftovers(setField(createData(), 'baseSalary', '6,000'))).toEqual([]);
  });

  it('marks each field of the example by path: the plan and the three reps’ figures', () => {
    const left = exampleFields(exampleData());
    // 底薪; 2% from 0, 60%/3%, 100%/4% (the first 0% is the blank plan's); 回款比例 100%;
    // three margin bands; 测算目标 500,000; 甲, 乙, 丙 with 目标, 销售额, 毛利, 回款.
    expect(left.size).toBe(29);
    expect(left.has('tiers.t1.from')).toBe(false);
    expect(left.has('tiers.t2.rate')).toBe(true);
    expect(left.has('marginBands.m3.factor')).toBe(true);
    expect(left.has('cap')).toBe(false);
    const reps = rowsLeft(left, 'reps');
    expect(reps.get('r1')).toBe('name target sales margin collected');
    const edited = exampleFields(updateRep(exampleData(), 'r1', { target: '520,000' }));
    expect(rowHas(rowsLeft(edited, 'reps').get('r1'), 'target')).toBe(false);
    expect(rowsLeft(edited, 'reps').get('r2')).toBe(reps.get('r2'));
    expect(exampleFields(setField(createData(), 'baseSalary', '6,000')).size).toBe(0);
  });
});
