import { describe, expect, it } from 'vitest';
import { ROWS_MAX } from '../core/limits';
import { readRows, parseDelimited, guessMapping, columnCount } from '../core/rows-import';
import { customerImportFields, importCustomers } from './import-customers';
import { addCustomer, createData, exampleData, isBlank, removeCustomer, setSignal } from './model';
import { GradingSchema } from './schema';
import * as v from 'valibot';

describe('the model', () => {
  it('a blank worksheet and the example are valid data', () => {
    expect(v.safeParse(GradingSchema, createData()).success).toBe(true);
    expect(v.safeParse(GradingSchema, exampleData()).success).toBe(true);
    expect(isBlank(createData())).toBe(true);
    expect(isBlank(exampleData())).toBe(false);
  });

  it('signals stay in the chapter order and are not doubled', () => {
    let data = createData();
    data = setSignal(data, 'c1', 'competitor', true);
    data = setSignal(data, 'c1', 'frequency', true);
    data = setSignal(data, 'c1', 'frequency', true);
    expect(data.customers[0]!.signals).toEqual(['frequency', 'competitor']);
    data = setSignal(data, 'c1', 'frequency', false);
    expect(data.customers[0]!.signals).toEqual(['competitor']);
  });

  it('adds and removes customers with fresh ids, never past the list limit', () => {
    let data = addCustomer(exampleData());
    expect(data.customers.map((c) => c.id).at(-1)).toBe('c6');
    data = removeCustomer(data, 'c2');
    expect(addCustomer(data).customers.at(-1)!.id).toBe('c7');
    const full = {
      ...data,
      customers: Array.from({ length: ROWS_MAX }, (_, i) => ({
        ...data.customers[0]!,
        id: `c${i + 1}`,
      })),
    };
    expect(addCustomer(full).customers).toHaveLength(ROWS_MAX);
    // A file of ROWS_MAX customers reads back; one more is refused.
    expect(v.safeParse(GradingSchema, full).success).toBe(true);
    const over = { ...full, customers: [...full.customers, { ...full.customers[0]!, id: 'over' }] };
    expect(v.safeParse(GradingSchema, over).success).toBe(false);
  });

  it('imports pasted rows: scores 1–5, 年销售额 as typed, bad rows refused with the reason', () => {
    const fields = customerImportFields();
    const rows = parseDelimited(
      '客户名称\t年销售额\t当前销售额\t未来潜力\t战略价值\t合作稳定性\n' +
        '华东机电\t１,２００\t4\t5\t3\t4\n' +
        '西北物流\t80\t2\t6\t3\t3\n',
    );
    const first = rows[0]!.cells;
    const mapping = guessMapping(first, columnCount(rows), fields);
    expect(mapping).toEqual(['name', 'revenue', 'sales', 'potential', 'strategic', 'stability']);
    const result = readRows(rows, mapping, fields, { hasHeader: true });
    expect(result.refused.map((r) => r.messages)).toEqual([
      [expect.stringMatching(/^第 3 行：未来潜力「6」/)],
    ]);
    const data = importCustomers(createData(), result.accepted, 'append');
    expect(data.customers).toHaveLength(1);
    expect(data.customers[0]).toMatchObject({
      id: 'c1',
      name: '华东机电',
      revenue: '1,200',
      sales: '4',
      potential: '5',
      strategic: '3',
      stability: '4',
    });
    const appended = importCustomers(exampleData(), result.accepted, 'append');
    expect(appended.customers.map((c) => c.id).at(-1)).toBe('c6');
    expect(importCustomers(exampleData(), result.accepted, 'replace').customers).toHaveLength(1);
  });
});
