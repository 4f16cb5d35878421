/**
 * The 提成方案测算 model: defaults, the chapter's worked example, the fields an imported list of
 * reps is read with (core/rows-import.ts) and the edits. The figures are in pay.ts. Pure: no
 * DOM, no storage.
 */
import { LIST_MAX, ROWS_MAX } from '../core/limits';
import { nextId } from '../core/list-items';
import { numberText, quantityInput } from '../core/numbers';
import type { AcceptedRow, ImportField } from '../core/rows-import';
import type { CommissionData, MarginBand, Rep, Tier } from './schema';
import { EXAMPLE_TEXT, IMPORT_ALIASES, LABELS } from './strings';
import { isBlankData } from '../core/document';

export type { CommissionData, MarginBand, Rep, Tier } from './schema';

/** The input rules of this worksheet's number fields (core/numbers.ts kinds). */
export const MONEY_INPUT = quantityInput('money');
export const PERCENT_INPUT = quantityInput('percent', { min: 0, max: 1000 });
export const SHARE_INPUT = quantityInput('percent', { min: 0, max: 100 });
export const FACTOR_INPUT = quantityInput('number', { min: 0, max: 10 });

export function blankRep(id: string): Rep {
  return { id, name: '', target: '', sales: '', margin: '', collected: '', performance: '' };
}

/** A blank worksheet: one tier from 0% and one empty rep. */
export function createData(): CommissionData {
  return {
    baseSalary: '',
    base: 'sales',
    method: 'progressive',
    tiers: [{ id: 't1', from: '0', rate: '' }],
    collectionShare: '',
    cap: '',
    marginBands: [],
    chartTarget: '',
    reps: [blankRep('r1')],
  };
}

/** The chapter's plan and its three reps (team/commission). */
export function exampleData(): CommissionData {
  const X = EXAMPLE_TEXT;
  return {
    baseSalary: X.baseSalary,
    base: 'sales',
    method: 'progressive',
    tiers: X.tiers.map(([from, rate], i) => ({ id: `t${i + 1}`, from, rate })),
    collectionShare: X.collectionShare,
    cap: X.cap,
    marginBands: X.marginBands.map(([from, factor], i) => ({ id: `m${i + 1}`, from, factor })),
    chartTarget: X.chartTarget,
    reps: X.reps.map(([name, target, sales, margin, collected, performance], i) => ({
      id: `r${i + 1}`,
      name,
      target,
      sales,
      margin,
      collected,
      performance,
    })),
  };
}

/** Exactly the blank worksheet the server draws. */
export function isBlank(data: CommissionData): boolean {
  return isBlankData({ createData }, data);
}

/** The columns an imported list of reps is read with. */
export function repImportFields(): ImportField[] {
  const money = (
    key: 'target' | 'sales' | 'margin' | 'collected',
    required = false,
  ): ImportField => ({
    key,
    label: LABELS[key],
    aliases: IMPORT_ALIASES[key],
    kind: 'number',
    quantity: 'money',
    required,
  });
  return [
    { key: 'name', label: LABELS.rep, aliases: IMPORT_ALIASES.name, kind: 'text', required: true },
    money('target', true),
    money('sales', true),
    money('margin'),
    money('collected'),
    {
      key: 'performance',
      label: LABELS.performance,
      aliases: IMPORT_ALIASES.performance,
      kind: 'number',
      quantity: 'number',
      min: 0,
      max: 10,
    },
  ];
}

/** A row with nothing typed yet (the 绩效系数 alone does not count). */
export function isBlankRep(rep: Rep): boolean {
  return !rep.name && !rep.target && !rep.sales && !rep.margin && !rep.collected;
}

/** The reps with imported rows appended (after those that hold something) or in their place. */
export function importReps(
  data: CommissionData,
  rows: readonly AcceptedRow[],
  mode: 'append' | 'replace',
): CommissionData {
  const kept = mode === 'replace' ? [] : data.reps.filter((r) => !isBlankRep(r));
  const reps = [...kept];
  const numberOf = (value: unknown) => (typeof value === 'number' ? numberText(value) : '');
  for (const row of rows) {
    if (reps.length >= ROWS_MAX) break;
    const v = row.values;
    reps.push({
      id: nextId('r', reps),
      name: String(v.name ?? ''),
      target: numberOf(v.target),
      sales: numberOf(v.sales),
      margin: numberOf(v.margin),
      collected: numberOf(v.collected),
      performance: numberOf(v.performance),
    });
  }
  return { ...data, reps };
}

/** The reps that hold something (the others are rows still to fill in). */
export function filledReps(data: CommissionData): Rep[] {
  return data.reps.filter((r) => !isBlankRep(r));
}

type PlanField = 'baseSalary' | 'base' | 'method' | 'collectionShare' | 'cap' | 'chartTarget';

export function setField<K extends PlanField>(
  data: CommissionData,
  field: K,
  value: CommissionData[K],
): CommissionData {
  return { ...data, [field]: value };
}

export function updateTier(data: CommissionData, id: string, patch: Partial<Tier>): CommissionData {
  return { ...data, tiers: data.tiers.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

export function addTier(data: CommissionData): CommissionData {
  if (data.tiers.length >= LIST_MAX) return data;
  return { ...data, tiers: [...data.tiers, { id: nextId('t', data.tiers), from: '', rate: '' }] };
}

export function removeTier(data: CommissionData, id: string): CommissionData {
  if (data.tiers.length <= 1) return data;
  return { ...data, tiers: data.tiers.filter((t) => t.id !== id) };
}

export function updateBand(
  data: CommissionData,
  id: string,
  patch: Partial<MarginBand>,
): CommissionData {
  return {
    ...data,
    marginBands: data.marginBands.map((b) => (b.id === id ? { ...b, ...patch } : b)),
  };
}

export function addBand(data: CommissionData): CommissionData {
  if (data.marginBands.length >= LIST_MAX) return data;
  const band = { id: nextId('m', data.marginBands), from: '', factor: '' };
  return { ...data, marginBands: [...data.marginBands, band] };
}

export function removeBand(data: CommissionData, id: string): CommissionData {
  return { ...data, marginBands: data.marginBands.filter((b) => b.id !== id) };
}

export function updateRep(data: CommissionData, id: string, patch: Partial<Rep>): CommissionData {
  return { ...data, reps: data.reps.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}

export function addRep(data: CommissionData): CommissionData {
  if (data.reps.length >= ROWS_MAX) return data;
  return { ...data, reps: [...data.reps, blankRep(nextId('r', data.reps))] };
}

export function removeRep(data: CommissionData, id: string): CommissionData {
  return { ...data, reps: data.reps.filter((r) => r.id !== id) };
}
