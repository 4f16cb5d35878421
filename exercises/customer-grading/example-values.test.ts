import { describe, expect, it } from 'vitest';
import { rowsLeft } from '../core/example-paths';
import { rowHas } from '../core/example-values';
import { exampleLeftovers } from './example-values';
import { createData, exampleData, setField, updateCustomer } from './model';

describe('example values left in a customer list', () => {
  it('marks the chapters’ figures and texts by field, not the scores or signals', () => {
    const left = exampleLeftovers(exampleData());
    // 团队, 日期; 甲 and 丁: name and 年销售额; 乙: with its 挽回措施, owner, date; 丙 with its
    // purchases (70 against 90 万元) and 戊 with its orders (5 against 13): 7 each.
    expect(left.size).toBe(25);
    expect(left.has('team')).toBe(true);
    expect(left.has('customers.c1.revenue')).toBe(true);
    expect(left.has('customers.c3.purchase3m')).toBe(true);
    expect(left.has('customers.c5.ordersPrior')).toBe(true);
    expect(left.has('customers.c1.sales')).toBe(false);
    expect([...left].some((p) => p.includes('.signals') || p.endsWith('.id'))).toBe(false);
    const rows = rowsLeft(left, 'customers');
    expect(rowHas(rows.get('c5'), 'orders3m')).toBe(true);
    expect(rowHas(rows.get('c1'), 'action')).toBe(false);
  });

  it('drops a field once it is edited, and flags nothing in a list of one’s own', () => {
    const data = updateCustomer(exampleData(), 'c1', { revenue: '640' });
    const left = exampleLeftovers(data);
    expect(left.size).toBe(24);
    expect(left.has('customers.c1.revenue')).toBe(false);
    expect(left.has('customers.c1.name')).toBe(true);
    expect(exampleLeftovers(createData()).size).toBe(0);
    expect(exampleLeftovers(setField(createData(), 'team', '华东区域团队')).size).toBe(0);
  });
});
