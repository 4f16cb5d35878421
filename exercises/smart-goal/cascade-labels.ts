/** Names of the cascade's periods for this goal (loaded with the cascade section and the export). */
import { periodShape, planMonths, type CascadePlan } from './cascade';
import { crossSplit } from './cascade-tables';
import type { SmartGoalData } from './schema';
import { CASCADE } from './cascade-strings';

export interface PeriodLabels {
  /** Sub-periods in each top period. */
  shape: number[];
  top: string[];
  /** Sub-period names per top period. */
  sub: string[][];
}

/**
 * Year: fiscal quarters with their months (start 4 月: 第一季度 = 4–6 月 … 第四季度 = 次年
 * 1–3 月), up to the deadline's month. Quarter: 第 1–3 个月 and their weeks.
 */
export function periodLabels(data: SmartGoalData): PeriodLabels {
  const shape = periodShape(data.cascade, data.deadline);
  const offsets = shape.map((_, i) => shape.slice(0, i).reduce((a, b) => a + b, 0));
  if (data.cascade.mode === 'quarter') {
    return {
      shape,
      top: shape.map((_, i) => CASCADE.topQuarter[i]),
      sub: shape.map((n, i) =>
        Array.from({ length: n }, (_, j) => CASCADE.subQuarter(offsets[i] + j)),
      ),
    };
  }
  const months = planMonths(data.cascade.fiscalStart, data.deadline);
  return {
    shape,
    top: shape.map((_, i) => CASCADE.topYear[i]),
    sub: shape.map((n, i) =>
      Array.from({ length: n }, (_, j) => {
        const m = months[offsets[i] + j];
        return CASCADE.month(m.month, m.nextYear);
      }),
    ),
  };
}

/** The person × month table: names and targets of the months, members' shares, the cells. */
export interface PersonMonth {
  months: string[];
  monthTargets: number[];
  names: string[];
  shares: number[];
  cells: number[][];
}

/**
 * Months are the sub-periods of a year plan and the top periods of a quarter plan. Null
 * without members, and `'mismatch'` when hand-typed shares keep the rows and the columns from
 * adding up to the same total.
 */
export function personMonth(
  data: SmartGoalData,
  plan: CascadePlan,
): PersonMonth | 'mismatch' | null {
  if (!plan.ok || !plan.periods.ok || !plan.members?.ok) return null;
  const labels = periodLabels(data);
  const year = data.cascade.mode === 'year';
  const months = year ? labels.sub.flat() : labels.top;
  const monthTargets = year
    ? plan.periods.periods.flatMap((p) => p.subs)
    : plan.periods.periods.map((p) => p.value);
  const shares = plan.members.shares.map((s) => s.value);
  const cells =
    plan.periods.mismatch || plan.members.mismatch
      ? null
      : crossSplit(shares, monthTargets, plan.decimals);
  if (!cells) return 'mismatch';
  const names = plan.members.shares.map((s, i) => s.name.trim() || CASCADE.memberFallback(i + 1));
  return { months, monthTargets, names, shares, cells };
}
