/**
 * Cascading a goal: split a total over periods (年→季→月 or 季→月→周, with seasonal
 * weights) and over team members. Rounded parts always add up to the total (largest
 * remainder at the unit's precision); a share typed by hand can break that, and the
 * plan then reports the difference.
 */
import { allocate, sumAt } from '../core/allocate';
import {
  numberOrNull,
  parseNumberInput,
  quantityInput,
  type ParseNumberOptions,
  type QuantityKind,
} from '../core/numbers';
import type { Cascade, PeriodMode, SmartGoalData } from './schema';

/** Weights are relative shares: 2, 50 or 50% (core's percent rule), never negative. */
export const WEIGHT_INPUT: ParseNumberOptions = quantityInput('percent', {
  allowNegative: false,
  max: 1_000_000,
});

/** Number of sub-periods in each top period: 4 quarters of 3 months; 3 months of 4-4-5 weeks. */
export const PERIOD_SHAPE: Record<PeriodMode, readonly number[]> = {
  year: [3, 3, 3, 3],
  quarter: [4, 4, 5],
};

/** Units counted in whole numbers; everything else (万元, 吨 …) gets two decimals. */
export const COUNT_UNITS = [
  '家',
  '个',
  '件',
  '人',
  '名',
  '位',
  '台',
  '套',
  '单',
  '次',
  '户',
  '场',
  '辆',
  '份',
  '张',
  '箱',
  '款',
  '项',
  '笔',
];

export function unitDecimals(unit: string): number {
  return COUNT_UNITS.includes(unit.trim()) ? 0 : 2;
}

/**
 * What kind of quantity a goal's figures are, by the unit typed: 家 and 台 count whole
 * units, 元 and 万元 are money, anything else is a plain number. With % or no unit yet they
 * read as percent (a % typed in the figure then becomes the unit).
 */
export function amountKind(unit: string): QuantityKind {
  const u = unit.trim();
  if (u === '' || u === '%' || u === '％') return 'percent';
  if (COUNT_UNITS.includes(u)) return 'count';
  return u.endsWith('元') ? 'money' : 'number';
}

/** Shares typed by hand: the unit's rule, never negative. */
export function amountInput(unit: string): ParseNumberOptions {
  return quantityInput(amountKind(unit), { allowNegative: false });
}

/**
 * Baseline and target: the unit's rule; negative except for counts (a loss of −50 万元 or a
 * margin of −5% is a real starting point; −5 家 is not).
 */
export function figureInput(unit: string): ParseNumberOptions {
  const kind = amountKind(unit);
  return quantityInput(kind, { allowNegative: kind !== 'count' });
}

export function defaultCascade(mode: PeriodMode = 'year', fiscalStart = 1): Cascade {
  const shape = PERIOD_SHAPE[mode];
  return {
    mode,
    basis: 'target',
    topWeights: shape.map(() => '1'),
    subWeights: shape.map((n) => Array.from({ length: n }, () => '1')),
    topOverrides: shape.map(() => ''),
    members: [],
    fiscalStart,
    actuals: [],
  };
}

/** A month of a year plan: its calendar month (1–12) and whether it is in the next calendar year. */
export interface PlanMonth {
  month: number;
  nextYear: boolean;
}

/** Month (1–12) of a YYYY-MM-DD deadline, or null. */
function deadlineMonth(deadline: string): number | null {
  const match = /^\d{4}-(\d{2})-\d{2}$/.exec(deadline.trim());
  const month = match ? Number(match[1]) : 0;
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * The months of a year plan: from the fiscal-year start up to the deadline's month (the fiscal
 * year that holds the deadline), or the whole fiscal year without a deadline. Start 4 月 and
 * deadline 2027-03-31 give 4 月 … 12 月, 次年 1 月 … 3 月; deadline 2026-12-31 gives 4–12 月.
 */
export function planMonths(fiscalStart: number, deadline: string): PlanMonth[] {
  const start =
    Number.isInteger(fiscalStart) && fiscalStart >= 1 && fiscalStart <= 12 ? fiscalStart : 1;
  const end = deadlineMonth(deadline);
  const count = end === null ? 12 : ((end - start + 12) % 12) + 1;
  return Array.from({ length: count }, (_, i) => {
    const k = start - 1 + i;
    return { month: (k % 12) + 1, nextYear: k >= 12 };
  });
}

/**
 * Sub-periods in each top period for this goal. Year: fiscal quarters of 3 months up to the
 * deadline's month (the last one may be shorter); quarter: 3 months of 4-4-5 weeks.
 */
export function periodShape(cascade: Cascade, deadline: string): number[] {
  if (cascade.mode === 'quarter') return [...PERIOD_SHAPE.quarter];
  const n = planMonths(cascade.fiscalStart, deadline).length;
  return Array.from({ length: Math.ceil(n / 3) }, (_, i) => Math.min(3, n - 3 * i));
}

/**
 * Make the weight lists match `shape` (pads with 1). Extras are trimmed for showing and
 * computing; with `keep` they stay, so a deadline moved earlier and back loses no weight.
 */
export function normalizeCascade(
  cascade: Cascade,
  shape: readonly number[] = PERIOD_SHAPE[cascade.mode],
  keep = false,
): Cascade {
  const size = (wanted: number, had: number) => (keep ? Math.max(wanted, had) : wanted);
  const tops = Array.from({ length: size(shape.length, cascade.topWeights.length) });
  const subCount = shape.reduce((a, b) => a + b, 0);
  return {
    ...cascade,
    topWeights: tops.map((_, i) => cascade.topWeights[i] ?? '1'),
    subWeights: tops.map((_, i) =>
      Array.from(
        { length: size(shape[i] ?? 0, cascade.subWeights[i]?.length ?? 0) },
        (_, j) => cascade.subWeights[i]?.[j] ?? '1',
      ),
    ),
    topOverrides: Array.from(
      { length: size(shape.length, cascade.topOverrides.length) },
      (_, i) => cascade.topOverrides[i] ?? '',
    ),
    actuals: Array.from(
      { length: size(subCount, cascade.actuals.length) },
      (_, i) => cascade.actuals[i] ?? '',
    ),
  };
}

/** Where the units left after rounding down went: `to` lists the parts that got one unit more. */
export interface Remainder {
  amount: number;
  /** One unit at the precision (1 家, 0.01 万元). */
  step: number;
  to: number[];
}

/**
 * The remainder of a split made by allocate(): each part first gets its share rounded down;
 * the units left go one each to the largest remainders. 100 over 3 equal weights → 34/33/33:
 * remainder 1 to the first part. Null when the total divides evenly.
 */
export function remainderOf(
  total: number,
  weights: readonly number[],
  parts: readonly number[],
  decimals: number,
): Remainder | null {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  const scale = 10 ** decimals;
  const units = Math.round(Math.abs(total) * scale);
  const to: number[] = [];
  let extra = 0;
  weights.forEach((w, i) => {
    const floor = Math.floor((units * w) / sum + 1e-9);
    const got = Math.round(Math.abs(parts[i] ?? 0) * scale);
    if (got > floor) {
      to.push(i);
      extra += got - floor;
    }
  });
  return to.length === 0 ? null : { amount: extra / scale, step: 1 / scale, to };
}

export interface Share {
  /** The value used: the hand-typed share if any, else the automatic one. */
  value: number;
  auto: number;
  overridden: boolean;
}

export interface SplitCheck {
  sum: number;
  /** sum − total (0 when balanced). */
  difference: number;
  mismatch: boolean;
}

export type SplitFailure = { ok: false; reason: 'no-weight' | 'invalid' };

export type PeriodSplit =
  | ({
      ok: true;
      /** `subRemainder`: where the remainder of this period's split over its sub-periods went. */
      periods: (Share & { subs: number[]; subRemainder: Remainder | null })[];
      /** Where the rounding remainder of the split over top periods went. */
      remainder: Remainder | null;
    } & SplitCheck)
  | SplitFailure;

export type MemberSplit =
  | ({ ok: true; shares: (Share & { name: string })[]; remainder: Remainder | null } & SplitCheck)
  | SplitFailure;

function check(total: number, values: number[], decimals: number): SplitCheck {
  const sum = sumAt(values, decimals);
  const difference = sumAt([sum, -total], decimals);
  return { sum, difference, mismatch: difference !== 0 };
}

function withOverrides(auto: number[], overrides: readonly (number | null | undefined)[]): Share[] {
  return auto.map((a, i) => {
    const o = overrides[i];
    return o === null || o === undefined
      ? { value: a, auto: a, overridden: false }
      : { value: o, auto: a, overridden: true };
  });
}

/**
 * Split `total` over top periods by `weights.top`, then each period's value over its
 * sub-periods by `weights.sub[i]`. Sub-periods always add up to their period.
 */
export function splitByPeriods(
  total: number,
  weights: { top: readonly number[]; sub: readonly (readonly number[])[] },
  options: { decimals: number; overrides?: readonly (number | null)[] },
): PeriodSplit {
  const { decimals } = options;
  const top = allocate(total, weights.top, decimals);
  if (!top.ok) return top;
  const shares = withOverrides(top.parts, options.overrides ?? []);
  const periods: (Share & { subs: number[]; subRemainder: Remainder | null })[] = [];
  for (const [i, share] of shares.entries()) {
    const subWeights = weights.sub[i] ?? [];
    const sub = allocate(share.value, subWeights, decimals);
    // A period with no sub-weight keeps its value undivided rather than failing the plan.
    const subs = sub.ok ? sub.parts : subWeights.map(() => 0);
    const subRemainder = sub.ok ? remainderOf(share.value, subWeights, sub.parts, decimals) : null;
    periods.push({ ...share, subs, subRemainder });
  }
  const rounded = sumAt([total], decimals);
  return {
    ok: true,
    periods,
    remainder: remainderOf(total, weights.top, top.parts, decimals),
    ...check(
      rounded,
      periods.map((p) => p.value),
      decimals,
    ),
  };
}

/** Split `total` over members by weight; `override` is a share typed by hand. */
export function splitByMembers(
  total: number,
  members: readonly { name: string; weight: number; override?: number | null }[],
  options: { decimals: number },
): MemberSplit {
  const result = allocate(
    total,
    members.map((m) => m.weight),
    options.decimals,
  );
  if (!result.ok) return result;
  const shares = withOverrides(
    result.parts,
    members.map((m) => m.override),
  ).map((share, i) => ({ ...share, name: members[i].name }));
  const rounded = sumAt([total], options.decimals);
  return {
    ok: true,
    shares,
    remainder: remainderOf(
      total,
      members.map((m) => m.weight),
      result.parts,
      options.decimals,
    ),
    ...check(
      rounded,
      shares.map((s) => s.value),
      options.decimals,
    ),
  };
}

export type CascadePlan =
  | { ok: false; reason: 'no-total' | 'not-additive' }
  | {
      ok: true;
      total: number;
      decimals: number;
      unit: string;
      periods: PeriodSplit;
      members: MemberSplit | null;
      /** 实际完成 per sub-period as typed, parsed with the unit's rule (null: empty or invalid). */
      actuals: (number | null)[];
    };

const weight = (raw: string) => numberOrNull(raw, WEIGHT_INPUT) ?? 0;

/** Everything the cascade view shows, computed from the saved text fields. */
export function planCascade(data: SmartGoalData, unit: string): CascadePlan {
  if (unit === '%') return { ok: false, reason: 'not-additive' };
  const override = (raw: string) => numberOrNull(raw, amountInput(data.unit));
  const target = parseNumberInput(data.target, figureInput(data.unit));
  const baseline = parseNumberInput(data.baseline, figureInput(data.unit));
  if (!target.ok || target.percent)
    return { ok: false, reason: target.ok ? 'not-additive' : 'no-total' };
  const cascade = normalizeCascade(data.cascade, periodShape(data.cascade, data.deadline));
  let total = target.value;
  if (cascade.basis === 'increase') {
    if (!baseline.ok) return { ok: false, reason: 'no-total' };
    total = Math.abs(target.value - baseline.value);
  }
  const decimals = unitDecimals(unit);
  total = sumAt([total], decimals);
  const periods = splitByPeriods(
    total,
    { top: cascade.topWeights.map(weight), sub: cascade.subWeights.map((s) => s.map(weight)) },
    { decimals, overrides: cascade.topOverrides.map(override) },
  );
  const members =
    cascade.members.length === 0
      ? null
      : splitByMembers(
          total,
          cascade.members.map((m) => ({
            name: m.name,
            weight: weight(m.weight),
            override: override(m.override),
          })),
          { decimals },
        );
  const actuals = cascade.actuals.map(override);
  return { ok: true, total, decimals, unit, periods, members, actuals };
}
