import { describe, expect, it } from 'vitest';
import { exampleLeftovers } from './example-values';
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
});
