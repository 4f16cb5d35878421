/**
 * A customer list brought from Excel or WPS (core/rows-import.ts): the columns it is read with
 * (name, 年销售额, the four scores, owner) and the edit that adds the accepted rows. Loaded with
 * the import view, when the learner opens 导入表格. Pure: no DOM, no storage.
 */
import { ROWS_MAX } from '../core/limits';
import { numberText } from '../core/numbers';
import type { AcceptedRow, ImportField } from '../core/rows-import';
import { blankCustomer, nextId, type GradingData } from './model';
import { isFilled, ORDERS_INPUT } from './grading';
import { REVENUE_INPUT } from './scoring';

const MEASURES = ['orders3m', 'ordersPrior', 'purchase3m', 'purchasePrior'] as const;
import { DIMENSIONS, type Dimension } from './shape';
import { DIMENSION_LABELS, IMPORT_ALIASES, LABELS } from './strings';

/** The columns an imported customer list is read with: name, 年销售额, the four scores, owner. */
export function customerImportFields(): ImportField[] {
  const score = (d: Dimension): ImportField => ({
    key: d,
    label: DIMENSION_LABELS[d],
    aliases: IMPORT_ALIASES[d],
    kind: 'number',
    quantity: 'count',
    min: 1,
    max: 5,
  });
  return [
    { key: 'name', label: LABELS.name, aliases: IMPORT_ALIASES.name, kind: 'text', required: true },
    {
      key: 'revenue',
      label: LABELS.revenue,
      aliases: IMPORT_ALIASES.revenue,
      kind: 'number',
      quantity: 'money',
      min: REVENUE_INPUT.min,
      max: REVENUE_INPUT.max,
    },
    ...DIMENSIONS.map(score),
    { key: 'owner', label: LABELS.owner, aliases: IMPORT_ALIASES.owner, kind: 'text' },
    ...(['orders3m', 'ordersPrior'] as const).map((key): ImportField => ({
      key,
      label: LABELS[key],
      aliases: IMPORT_ALIASES[key],
      kind: 'number',
      quantity: 'count',
      min: ORDERS_INPUT.min,
      max: ORDERS_INPUT.max,
    })),
    ...(['purchase3m', 'purchasePrior'] as const).map((key): ImportField => ({
      key,
      label: LABELS[key],
      aliases: IMPORT_ALIASES[key],
      kind: 'number',
      quantity: 'money',
      min: REVENUE_INPUT.min,
      max: REVENUE_INPUT.max,
    })),
  ];
}

/**
 * The customers with imported rows appended (after the customers that hold something) or in
 * their place, never more than ROWS_MAX.
 */
export function importCustomers(
  data: GradingData,
  rows: readonly AcceptedRow[],
  mode: 'append' | 'replace',
): GradingData {
  const kept = mode === 'replace' ? [] : data.customers.filter(isFilled);
  const customers = [...kept];
  for (const row of rows) {
    if (customers.length >= ROWS_MAX) break;
    const v = row.values;
    const customer = blankCustomer(nextId('c', customers));
    customer.name = String(v.name ?? '');
    if (typeof v.revenue === 'number') customer.revenue = numberText(v.revenue);
    for (const d of DIMENSIONS) if (typeof v[d] === 'number') customer[d] = String(v[d]);
    customer.owner = String(v.owner ?? '');
    for (const key of MEASURES) if (typeof v[key] === 'number') customer[key] = numberText(v[key]);
    customers.push(customer);
  }
  return { ...data, customers };
}
