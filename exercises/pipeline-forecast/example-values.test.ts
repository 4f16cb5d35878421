import { describe, expect, it } from 'vitest';
import { rowsLeft } from '../core/example-paths';
import { rowHas } from '../core/example-values';
import { exampleLeftovers } from './example-values';
import { createData, exampleData, setField, updateDeal, updateHistory } from './model';

describe('example values left in a forecast', () => {
  it('marks the chapter’s figures by field: the period, 10 deals and last period’s result', () => {
    const left = exampleLeftovers(exampleData());
    // 5 about the period, 4 typed fields of each of the 10 deals, 3 of the past period.
    expect(left.size).toBe(48);
    expect(left.has('target')).toBe(true);
    expect(left.has('closed')).toBe(true);
    expect(left.has('deals.d5.amount')).toBe(true);
    expect(left.has('deals.d10.owner')).toBe(true);
    expect(left.has('history.0.actual')).toBe(true);
    // Choices and ids are no values of the example's.
    expect([...left].some((p) => /\.(stage|category|id)$/.test(p))).toBe(false);
    // The rows as their memoised components read them: 远航科技, 120 万元 on 2027-03-15.
    const deal = rowsLeft(left, 'deals').get('d5');
    expect(rowHas(deal, 'amount')).toBe(true);
    expect(rowHas(deal, 'stage')).toBe(false);
  });

  it('drops a field once it is edited, and flags nothing in a forecast of one’s own', () => {
    let data = updateDeal(exampleData(), 'd5', { amount: '125' });
    data = updateHistory(data, 0, { actual: '185' });
    const left = exampleLeftovers(data);
    expect(left.size).toBe(46);
    expect(left.has('deals.d5.amount')).toBe(false);
    expect(left.has('deals.d5.customer')).toBe(true);
    expect(exampleLeftovers(createData()).size).toBe(0);
    expect(exampleLeftovers(setField(createData(), 'target', '180')).size).toBe(0);
  });
});
