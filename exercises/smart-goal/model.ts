/**
 * The SMART goal worksheet model: defaults, the worked example, reading the numbers and the
 * edits the view performs. The S/M/A/R/T checks and the goal statement are in checks.ts, which
 * loads with the part that shows them. Pure: no DOM, no storage.
 */
import { endOfMonthAfter } from '../core/dates';
import { plainlyFromExample, sameAsExample } from '../core/example-values';
import { LIST_MAX } from '../core/limits';
import { formatNumber, parseNumberInput } from '../core/numbers';
import { defaultCascade, figureInput, normalizeCascade, periodShape } from './cascade';
import type { Member, Milestone, PeriodMode, SmartGoalData, TextField } from './schema';
import { EXAMPLE_TEXT } from './strings';
import { isBlankData } from '../core/document';

export * from './cascade';
export type { Cascade, Member, Milestone, PeriodMode, SmartGoalData, TextField } from './schema';

export function createData(): SmartGoalData {
  return {
    name: '',
    specific: '',
    metric: '',
    baseline: '',
    target: '',
    unit: '',
    direction: 'increase',
    achievability: '',
    parentGoal: '',
    deadline: '',
    milestones: [],
    cascade: defaultCascade('year'),
  };
}

/** The worked example, with dates placed after `today` so that it always passes the checks. */
export function exampleFor(today: string): SmartGoalData {
  const milestones = EXAMPLE_TEXT.milestones.map((description, i) => ({
    date: endOfMonthAfter(today, i + 1),
    description,
  }));
  const cascade = defaultCascade('quarter');
  return {
    ...createData(),
    name: EXAMPLE_TEXT.name,
    specific: EXAMPLE_TEXT.specific,
    metric: EXAMPLE_TEXT.metric,
    baseline: '20',
    target: '35',
    unit: '家',
    achievability: EXAMPLE_TEXT.achievability,
    parentGoal: EXAMPLE_TEXT.parentGoal,
    deadline: endOfMonthAfter(today, 4),
    milestones,
    cascade: {
      ...cascade,
      basis: 'increase',
      topWeights: ['1', '2', '2'],
      members: EXAMPLE_TEXT.members.map((name, i) => ({
        name,
        weight: i === 2 ? '1' : '2',
        override: '',
      })),
    },
  };
}

/** The worked example as written in the course text (deadline 2027-03-31). */
export const EXAMPLE: SmartGoalData = exampleFor('2026-11-28');

/** True while nothing has been typed (the form equals a fresh one). */
/** Fields whose example value can survive into a participant's goal unnoticed. */
export const EXAMPLE_FIELDS = [
  'name',
  'specific',
  'metric',
  'baseline',
  'target',
  'unit',
  'achievability',
  'parentGoal',
] as const satisfies readonly TextField[];
export type ExampleField = (typeof EXAMPLE_FIELDS)[number];

/**
 * What still holds the worked example (「从示例开始」, 载入示例) untouched: fields, milestone and
 * member rows, while the goal plainly came from the example (core/example-values.ts), so a
 * goal that happens to count in 家 is not flagged.
 */
export function exampleLeftovers(data: SmartGoalData): {
  fields: ExampleField[];
  milestones: number[];
  members: number[];
} {
  // The compared texts do not depend on the date the example was loaded on.
  const fields = EXAMPLE_FIELDS.filter((f) => sameAsExample(data[f], EXAMPLE[f]));
  const milestones = data.milestones.flatMap((m, i) =>
    m.description !== '' && EXAMPLE_TEXT.milestones.some((d) => d === m.description) ? [i] : [],
  );
  const members = data.cascade.members.flatMap((m, i) =>
    m.name !== '' && EXAMPLE_TEXT.members.some((n) => n === m.name) ? [i] : [],
  );
  return plainlyFromExample(
    { fields, milestones, members },
    fields.length + milestones.length + members.length,
    { fields: [], milestones: [], members: [] },
  );
}

export function isBlank(data: SmartGoalData): boolean {
  return isBlankData({ createData }, data);
}

// ——— Reading the numbers ———

export interface Amounts {
  baseline: number | null;
  target: number | null;
  /** The unit, or % when a number was typed with % and the unit is empty. */
  unit: string;
}

export function readAmounts(data: SmartGoalData): Amounts {
  const input = figureInput(data.unit);
  const b = parseNumberInput(data.baseline, input);
  const t = parseNumberInput(data.target, input);
  const typedPercent = (b.ok && b.percent) || (t.ok && t.percent);
  const unit = data.unit.trim();
  return {
    baseline: b.ok ? b.value : null,
    target: t.ok ? t.value : null,
    unit: isPercentUnit(unit) || (!unit && typedPercent) ? '%' : unit,
  };
}

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '％';
}

/** Decimals a baseline or target is shown with. */
export const AMOUNT_DECIMALS = 2;

/** 20 家, 120 万元, 12%, 1,234, −50 万元 (a typographic minus, as in −4 个百分点). */
export function formatAmount(value: number, unit: string): string {
  const n = formatNumber(value, { maximumFractionDigits: AMOUNT_DECIMALS }).replace(/^-/, '−');
  if (!unit) return n;
  return isPercentUnit(unit) ? `${n}%` : `${n} ${unit}`;
}

// ——— Edits (the view calls these; each returns new data) ———

export function setText(data: SmartGoalData, field: TextField, value: string): SmartGoalData {
  return { ...data, [field]: value };
}

export function setDirection(
  data: SmartGoalData,
  direction: SmartGoalData['direction'],
): SmartGoalData {
  return { ...data, direction };
}

/** Lists stop at LIST_MAX (core/limits.ts), which the schema checks: what is typed always loads. */
export function addMilestone(data: SmartGoalData): SmartGoalData {
  if (data.milestones.length >= LIST_MAX) return data;
  return { ...data, milestones: [...data.milestones, { date: '', description: '' }] };
}

export function updateMilestone(
  data: SmartGoalData,
  index: number,
  patch: Partial<Milestone>,
): SmartGoalData {
  return {
    ...data,
    milestones: data.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)),
  };
}

export function removeMilestone(data: SmartGoalData, index: number): SmartGoalData {
  return { ...data, milestones: data.milestones.filter((_, i) => i !== index) };
}

/** Changing the mode resets the weights to that mode's even defaults. */
export function setPeriodMode(data: SmartGoalData, mode: PeriodMode): SmartGoalData {
  if (data.cascade.mode === mode) return data;
  const fresh = defaultCascade(mode, data.cascade.fiscalStart);
  return {
    ...data,
    cascade: { ...fresh, basis: data.cascade.basis, members: data.cascade.members },
  };
}

/** The month the fiscal year starts in (1–12); periods then run from it to the deadline. */
export function setFiscalStart(data: SmartGoalData, month: number): SmartGoalData {
  if (!Number.isInteger(month) || month < 1 || month > 12) return data;
  return { ...data, cascade: { ...data.cascade, fiscalStart: month } };
}

/** 实际完成 of the sub-period at `index` (months or weeks counted from the first). */
export function setActual(data: SmartGoalData, index: number, value: string): SmartGoalData {
  const cascade = keptCascade(data);
  return { ...data, cascade: { ...cascade, actuals: replaceAt(cascade.actuals, index, value) } };
}

/** The cascade padded to the goal's periods, keeping what was typed for periods now hidden. */
function keptCascade(data: SmartGoalData) {
  return normalizeCascade(data.cascade, periodShape(data.cascade, data.deadline), true);
}

export function setBasis(
  data: SmartGoalData,
  basis: SmartGoalData['cascade']['basis'],
): SmartGoalData {
  return { ...data, cascade: { ...data.cascade, basis } };
}

export function setTopWeight(data: SmartGoalData, index: number, value: string): SmartGoalData {
  const cascade = keptCascade(data);
  return {
    ...data,
    cascade: { ...cascade, topWeights: replaceAt(cascade.topWeights, index, value) },
  };
}

export function setTopOverride(data: SmartGoalData, index: number, value: string): SmartGoalData {
  const cascade = keptCascade(data);
  return {
    ...data,
    cascade: { ...cascade, topOverrides: replaceAt(cascade.topOverrides, index, value) },
  };
}

export function setSubWeight(
  data: SmartGoalData,
  index: number,
  subIndex: number,
  value: string,
): SmartGoalData {
  const cascade = keptCascade(data);
  const subWeights = cascade.subWeights.map((row, i) =>
    i === index ? replaceAt(row, subIndex, value) : row,
  );
  return { ...data, cascade: { ...cascade, subWeights } };
}

export function addMember(data: SmartGoalData): SmartGoalData {
  if (data.cascade.members.length >= LIST_MAX) return data;
  const members = [...data.cascade.members, { name: '', weight: '1', override: '' }];
  return { ...data, cascade: { ...data.cascade, members } };
}

export function updateMember(
  data: SmartGoalData,
  index: number,
  patch: Partial<Member>,
): SmartGoalData {
  const members = data.cascade.members.map((m, i) => (i === index ? { ...m, ...patch } : m));
  return { ...data, cascade: { ...data.cascade, members } };
}

export function removeMember(data: SmartGoalData, index: number): SmartGoalData {
  const members = data.cascade.members.filter((_, i) => i !== index);
  return { ...data, cascade: { ...data.cascade, members } };
}

function replaceAt<V>(list: readonly V[], index: number, value: V): V[] {
  return list.map((item, i) => (i === index ? value : item));
}
