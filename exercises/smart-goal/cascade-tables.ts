/**
 * The tables built on a cascade plan, loaded with the cascade section and the export (not with
 * the island): the person × month split and 达成率 tracking.
 */
import { allocate, sumAt } from '../core/allocate';

/**
 * Person × month: each member's share split over the months so that every row adds up to the
 * member's share and every column to the month's target. Each share is first split by the
 * month targets (largest remainder); then, while a month is over its target, one unit moves
 * within a row from it to a month under its target, in the row where that unit was rounded
 * up the most. Null unless rows and columns add up to the same total.
 */
export function crossSplit(
  rows: readonly number[],
  cols: readonly number[],
  decimals: number,
): number[][] | null {
  const scale = 10 ** decimals;
  const r = rows.map((v) => Math.round(v * scale));
  const c = cols.map((v) => Math.round(v * scale));
  const total = r.reduce((a, b) => a + b, 0);
  if (r.some((v) => v < 0) || c.some((v) => v < 0) || total !== c.reduce((a, b) => a + b, 0))
    return null;
  if (total === 0) return r.map(() => c.map(() => 0));
  const exact = r.map((ri) => c.map((cj) => (ri * cj) / total));
  const cells = r.map((ri) => {
    const split = allocate(ri, c, 0);
    return split.ok ? split.parts : c.map(() => 0);
  });
  for (;;) {
    const diff = c.map((cj, j) => cells.reduce((a, row) => a + row[j], 0) - cj);
    const over = diff.findIndex((d) => d > 0);
    if (over < 0) break;
    const under = diff.findIndex((d) => d < 0);
    let best = -1;
    let bestScore = -Infinity;
    cells.forEach((row, i) => {
      if (row[over] <= 0) return;
      const score = row[over] - exact[i][over] - (row[under] - exact[i][under]);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    cells[best][over] -= 1;
    cells[best][under] += 1;
  }
  return cells.map((row) => row.map((u) => u / scale + 0));
}

/** One row of 达成率 tracking: a sub-period's target and actual, and the running totals. */
export interface AttainmentRow {
  target: number;
  actual: number | null;
  /** actual ÷ target; null without an actual or with a target of 0. */
  rate: number | null;
  cumTarget: number;
  /** Actuals entered so far (null while none). */
  cumActual: number | null;
  /** 累计实际 ÷ 累计指标. */
  cumRate: number | null;
  /** 累计实际 ÷ the whole target. */
  ofTotal: number | null;
}

/**
 * 达成率 per sub-period and cumulative. Targets 30/30/40 of 100 with actuals 27 and 36:
 * 90%, 120%; cumulative 63 of 60 = 105%, 63% of the whole target.
 */
export function trackAttainment(
  targets: readonly number[],
  actuals: readonly (number | null)[],
  total: number,
  decimals: number,
): AttainmentRow[] {
  const ratio = (a: number | null, b: number) => (a === null || b === 0 ? null : a / b);
  let cumTarget = 0;
  let cumActual: number | null = null;
  return targets.map((target, i) => {
    const actual = actuals[i] ?? null;
    cumTarget = sumAt([cumTarget, target], decimals);
    if (actual !== null) cumActual = sumAt([cumActual ?? 0, actual], decimals);
    return {
      target,
      actual,
      rate: ratio(actual, target),
      cumTarget,
      cumActual,
      cumRate: ratio(cumActual, cumTarget),
      ofTotal: ratio(cumActual, total),
    };
  });
}
