/**
 * The 客户分级与流失预警 model: defaults, the chapters' worked example and the edits. The rules
 * are in scoring.ts and grading.ts, the import of a customer list in import-customers.ts.
 * Pure: no DOM, no storage.
 */
import { isBlankData } from '../core/document';
import { ROWS_MAX } from '../core/limits';
import type { Customer, GradingData } from './schema';
import { SIGNALS, type Signal } from './shape';
import { EXAMPLE_TEXT } from './strings';

export type { Customer, GradingData } from './schema';

export function blankCustomer(id: string): Customer {
  return {
    id,
    name: '',
    revenue: '',
    sales: '',
    potential: '',
    strategic: '',
    stability: '',
    signals: [],
    orders3m: '',
    ordersPrior: '',
    purchase3m: '',
    purchasePrior: '',
    action: '',
    owner: '',
    due: '',
  };
}

/** A blank worksheet: one empty customer. */
export function createData(): GradingData {
  return { team: '', reviewed: '', customers: [blankCustomer('c1')] };
}

/** The chapters' example: 甲 to 丁 of customers/key-accounts and the chain of customers/churn. */
export function exampleData(): GradingData {
  const X = EXAMPLE_TEXT;
  return {
    team: X.team,
    reviewed: X.reviewed,
    customers: X.customers.map(
      ([name, revenue, scores, signals, measures, action, owner, due], i) => ({
        id: `c${i + 1}`,
        name,
        revenue,
        sales: scores[0],
        potential: scores[1],
        strategic: scores[2],
        stability: scores[3],
        signals: SIGNALS.filter((s) => (signals as readonly string[]).includes(s)),
        orders3m: measures[0],
        ordersPrior: measures[1],
        purchase3m: measures[2],
        purchasePrior: measures[3],
        action,
        owner,
        due,
      }),
    ),
  };
}

/** Exactly the blank worksheet the server draws. */
export function isBlank(data: GradingData): boolean {
  return isBlankData({ createData }, data);
}

/** The next free id with `prefix` (c1, c2 …). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function setField(data: GradingData, field: 'team' | 'reviewed', value: string) {
  return { ...data, [field]: value };
}

export function updateCustomer(data: GradingData, id: string, patch: Partial<Customer>) {
  return {
    ...data,
    customers: data.customers.map((c) => (c.id === id ? { ...c, ...patch } : c)),
  };
}

/** A signal ticked or cleared; the signals stay in the chapter's order. */
export function setSignal(data: GradingData, id: string, signal: Signal, on: boolean) {
  const customer = data.customers.find((c) => c.id === id);
  if (!customer) return data;
  const signals = SIGNALS.filter((s) => (s === signal ? on : customer.signals.includes(s)));
  return updateCustomer(data, id, { signals });
}

export function addCustomer(data: GradingData): GradingData {
  if (data.customers.length >= ROWS_MAX) return data;
  return { ...data, customers: [...data.customers, blankCustomer(nextId('c', data.customers))] };
}

export function removeCustomer(data: GradingData, id: string): GradingData {
  return { ...data, customers: data.customers.filter((c) => c.id !== id) };
}
