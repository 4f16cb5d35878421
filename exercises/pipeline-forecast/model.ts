/**
 * The 销售漏斗预测 model: defaults, the chapter's worked example, the fields an imported list
 * is read with (core/rows-import.ts) and the edits that add imported deals. The figures are in
 * forecast.ts. Pure: no DOM, no storage.
 */
import { LIST_MAX, ROWS_MAX } from '../core/limits';
import { nextId } from '../core/list-items';
import { numberText } from '../core/numbers';
import type { AcceptedRow, ImportField } from '../core/rows-import';
import type { Deal, PeriodResult, PipelineData, Stage } from './schema';
import { CATEGORIES, type ForecastCategory } from './shape';
import { CATEGORY_LABELS, DEFAULT_STAGES, EXAMPLE_TEXT, IMPORT_ALIASES, LABELS } from './strings';
import { isBlankData } from '../core/document';

export type { Deal, PeriodResult, PipelineData, Stage } from './schema';

function defaultStages(): Stage[] {
  return DEFAULT_STAGES.map((s, i) => ({ id: `s${i + 1}`, ...s }));
}

export function blankDeal(id: string, stage: string): Deal {
  return { id, customer: '', amount: '', stage, closeDate: '', owner: '', category: 'pipeline' };
}

/** A blank worksheet: the course's stages and one empty deal. */
export function createData(): PipelineData {
  const stages = defaultStages();
  return {
    periodName: '',
    periodStart: '',
    periodEnd: '',
    target: '',
    closed: '',
    stages,
    deals: [blankDeal('d1', stages[0].id)],
    history: [],
  };
}

/** The chapter's example (process/forecasting): 820 万元 open, 400 万元 of it due in March. */
export function exampleData(): PipelineData {
  const stages = defaultStages();
  const X = EXAMPLE_TEXT;
  return {
    periodName: X.periodName,
    periodStart: X.periodStart,
    periodEnd: X.periodEnd,
    target: X.target,
    closed: X.closed,
    stages,
    deals: X.deals.map(([customer, amount, stage, closeDate, owner, category], i) => ({
      id: `d${i + 1}`,
      customer,
      amount,
      stage: stages[stage].id,
      closeDate,
      owner,
      category,
    })),
    history: X.history.map(([period, forecast, actual]) => ({ period, forecast, actual })),
  };
}

/** The columns an imported deal list is read with: stages by name, categories by label. */
export function dealImportFields(stages: readonly Stage[]): ImportField[] {
  return [
    {
      key: 'customer',
      label: LABELS.customer,
      aliases: IMPORT_ALIASES.customer,
      kind: 'text',
      required: true,
    },
    {
      key: 'amount',
      label: LABELS.amount,
      aliases: IMPORT_ALIASES.amount,
      kind: 'number',
      quantity: 'money',
      required: true,
    },
    {
      key: 'stage',
      label: LABELS.stage,
      aliases: IMPORT_ALIASES.stage,
      kind: 'choice',
      required: true,
      choices: stages.map((s) => ({ value: s.id, label: s.name })),
    },
    { key: 'closeDate', label: LABELS.closeDate, aliases: IMPORT_ALIASES.closeDate, kind: 'date' },
    { key: 'owner', label: LABELS.owner, aliases: IMPORT_ALIASES.owner, kind: 'text' },
    {
      key: 'category',
      label: LABELS.category,
      aliases: IMPORT_ALIASES.category,
      kind: 'choice',
      choices: CATEGORIES.map((c) => ({
        value: c,
        label: CATEGORY_LABELS[c],
        aliases: IMPORT_ALIASES.categories[c],
      })),
    },
  ];
}

function isBlankDeal(deal: Deal): boolean {
  return !deal.customer && !deal.amount && !deal.closeDate && !deal.owner;
}

/**
 * The deals with imported rows appended (after the deals that hold something) or in their
 * place, never more than ROWS_MAX.
 */
export function importDeals(
  data: PipelineData,
  rows: readonly AcceptedRow[],
  mode: 'append' | 'replace',
): PipelineData {
  const kept = mode === 'replace' ? [] : data.deals.filter((d) => !isBlankDeal(d));
  const deals = [...kept];
  for (const row of rows) {
    if (deals.length >= ROWS_MAX) break;
    const v = row.values;
    deals.push({
      id: nextId('d', deals),
      customer: String(v.customer ?? ''),
      amount: typeof v.amount === 'number' ? numberText(v.amount) : '',
      stage: String(v.stage ?? data.stages[0]?.id ?? 's1'),
      closeDate: String(v.closeDate ?? ''),
      owner: String(v.owner ?? ''),
      category: (v.category as ForecastCategory | undefined) ?? 'pipeline',
    });
  }
  return { ...data, deals };
}

/** Exactly the blank worksheet the server draws. */
export function isBlank(data: PipelineData): boolean {
  return isBlankData({ createData }, data);
}

type PeriodField = 'periodName' | 'periodStart' | 'periodEnd' | 'target' | 'closed';

export function setField(data: PipelineData, field: PeriodField, value: string): PipelineData {
  return { ...data, [field]: value };
}

export function updateStage(data: PipelineData, id: string, patch: Partial<Stage>): PipelineData {
  return { ...data, stages: data.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function addStage(data: PipelineData): PipelineData {
  if (data.stages.length >= LIST_MAX) return data;
  return {
    ...data,
    stages: [...data.stages, { id: nextId('s', data.stages), name: '', probability: '' }],
  };
}

/** A stage that deals still use cannot be removed (their stage would be lost). */
export function stageInUse(data: PipelineData, id: string): boolean {
  return data.deals.some((d) => d.stage === id);
}

export function removeStage(data: PipelineData, id: string): PipelineData {
  if (stageInUse(data, id) || data.stages.length <= 1) return data;
  return { ...data, stages: data.stages.filter((s) => s.id !== id) };
}

export function updateDeal(data: PipelineData, id: string, patch: Partial<Deal>): PipelineData {
  return { ...data, deals: data.deals.map((d) => (d.id === id ? { ...d, ...patch } : d)) };
}

export function addDeal(data: PipelineData): PipelineData {
  if (data.deals.length >= ROWS_MAX) return data;
  const stage = data.stages[0]?.id ?? 's1';
  return { ...data, deals: [...data.deals, blankDeal(nextId('d', data.deals), stage)] };
}

export function removeDeal(data: PipelineData, id: string): PipelineData {
  return { ...data, deals: data.deals.filter((d) => d.id !== id) };
}

export function updateHistory(
  data: PipelineData,
  index: number,
  patch: Partial<PeriodResult>,
): PipelineData {
  return { ...data, history: data.history.map((h, i) => (i === index ? { ...h, ...patch } : h)) };
}

/** A past period's row: by default this period with its weighted forecast, the actual to fill in. */
export function addHistory(data: PipelineData, row: PeriodResult): PipelineData {
  if (data.history.length >= LIST_MAX) return data;
  return { ...data, history: [...data.history, row] };
}

export function removeHistory(data: PipelineData, index: number): PipelineData {
  return { ...data, history: data.history.filter((_, i) => i !== index) };
}
