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

export function defaultCascade(mode: PeriodMode = 'year'): Cascade {
  const shape = PERIOD_SHAPE[mode];
  return {
    mode,
    basis: 'target',
    topWeights: shape.map(() => '1'),
    subWeights: shape.map((n) => Array.from({ length: n }, () => '1')),
    topOverrides: shape.map(() => ''),
    members: [],
  };
}

/** Make the weight lists match the mode's shape (pads with 1, trims extras). */
export function normalizeCascade(cascade: Cascade): Cascade {
  const shape = PERIOD_SHAPE[cascade.mode];
  return {
    ...cascade,
    topWeights: shape.map((_, i) => cascade.topWeights[i] ?? '1'),
    subWeights: shape.map((n, i) =>
      Array.from({ length: n }, (_, j) => cascade.subWeights[i]?.[j] ?? '1'),
    ),
    topOverrides: shape.map((_, i) => cascade.topOverrides[i] ?? ''),
  };
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
  ({ ok: true; periods: (Share & { subs: number[] })[] } & SplitCheck) | SplitFailure;

export type MemberSplit =
  ({ ok: true; shares: (Share & { name: string })[] } & SplitCheck) | SplitFailure;

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
  const periods: (Share & { subs: number[] })[] = [];
  for (const [i, share] of shares.entries()) {
    const subWeights = weights.sub[i] ?? [];
    const sub = allocate(share.value, subWeights, decimals);
    // A period with no sub-weight keeps its value undivided rather than failing the plan.
    const subs = sub.ok ? sub.parts : subWeights.map(() => 0);
    periods.push({ ...share, subs });
  }
  const rounded = sumAt([total], decimals);
  return {
    ok: true,
    periods,
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
  const cascade = normalizeCascade(data.cascade);
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
  return { ok: true, total, decimals, unit, periods, members };
}
