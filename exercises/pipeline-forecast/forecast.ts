/**
 * The figures of a 销售漏斗预测, exact (big.js, never float sums): the period's deals (only
 * those expected to close in it count, as process/forecasting teaches), the weighted forecast
 * Σ 金额 × 赢单率, commit and best-case totals, coverage of the remaining target, the funnel by
 * stage with stage-to-stage conversion and its weakest step, stale deals and forecast accuracy.
 * Loaded with the parts that show figures, not with a blank form.
 */
import Big from 'big.js';
import { parseNumberInput, quantityInput } from '../core/numbers';
import { isIsoDate } from '../core/dates';
import { remembered } from '../core/remembered';
import type { Deal, PeriodResult, PipelineData, Stage } from './schema';

// A private constructor, so these settings never leak into other users of big.js.
const Dec = Big();
Dec.DP = 20;
Dec.RM = Big.roundHalfUp;
const ZERO = new Dec(0);
const HUNDRED = new Dec(100);

function amountOf(text: string): Big | null {
  const read = parseNumberInput(text, quantityInput('money'));
  return read.ok ? new Dec(read.value) : null;
}

function probabilityOf(text: string): Big | null {
  const read = parseNumberInput(text, quantityInput('percent', { min: 0, max: 100 }));
  return read.ok ? new Dec(read.value).div(HUNDRED) : null;
}

function sum(values: readonly Big[]): Big {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

export interface StageFigures {
  stage: Stage;
  /** Win probability as a fraction (0.25), null when the stage's rate is not a valid percent. */
  probability: Big | null;
  /** Deals in the period at this stage, their amount and weighted amount. */
  count: number;
  amount: Big;
  weighted: Big;
}

export interface FunnelStep {
  stage: Stage;
  /** All open deals at this stage (any date). */
  count: number;
  amount: Big;
  /** Share of deals that reached this stage and went on to the next (null for the last, or none reached). */
  conversion: Big | null;
}

export interface Forecast {
  /** Deals with a valid amount and a close date in the period. */
  inPeriod: Deal[];
  /** Deals left out because the amount or the stage's rate cannot be read. */
  unreadable: Deal[];
  byStage: StageFigures[];
  pipeline: Big;
  weighted: Big;
  commit: Big;
  /** Commit plus best case. */
  bestCase: Big;
  target: Big | null;
  /** Target less what is already closed, never below zero. */
  remaining: Big | null;
  /** Period pipeline ÷ remaining target; null without a remaining target. */
  coverage: Big | null;
  funnel: FunnelStep[];
  /** The step with the lowest conversion: the stage where deals stall. */
  weakest: FunnelStep | null;
  /** Deals whose expected close date has passed. */
  stale: Deal[];
}

/** True when the deal is expected to close within the period (both ends included). */
export function inPeriod(deal: Deal, start: string, end: string): boolean {
  if (!isIsoDate(deal.closeDate) || !isIsoDate(start) || !isIsoDate(end)) return false;
  return deal.closeDate >= start && deal.closeDate <= end;
}

/** A deal as the forecast reads it: its amount (null when unreadable), whether its date is one. */
interface DealReading {
  amount: Big | null;
  dated: boolean;
}

/** Each deal read once (core/remembered.ts): a keystroke in one of 500 reads one again. */
const read = remembered((deal: Deal): DealReading => ({
  amount: amountOf(deal.amount),
  dated: isIsoDate(deal.closeDate),
}));
const dealAmount = (deal: Deal) => read(deal).amount;

export function forecast(data: PipelineData, today: string): Forecast {
  const stageIds = new Set(data.stages.map((s) => s.id));
  const unreadable = data.deals.filter(
    (d) => (d.customer || d.amount) && (dealAmount(d) === null || !stageIds.has(d.stage)),
  );
  const open = data.deals.filter((d) => dealAmount(d) !== null && stageIds.has(d.stage));
  const { periodStart: start, periodEnd: end } = data;
  const period =
    isIsoDate(start) && isIsoDate(end)
      ? open.filter((d) => read(d).dated && d.closeDate >= start && d.closeDate <= end)
      : [];
  const amount = (d: Deal) => dealAmount(d) ?? ZERO;

  const byStage = data.stages.map((stage) => {
    const deals = period.filter((d) => d.stage === stage.id);
    const probability = probabilityOf(stage.probability);
    const total = sum(deals.map(amount));
    return {
      stage,
      probability,
      count: deals.length,
      amount: total,
      weighted: probability ? total.times(probability) : ZERO,
    };
  });
  const pipeline = sum(period.map(amount));
  const commit = sum(period.filter((d) => d.category === 'commit').map(amount));
  const best = sum(period.filter((d) => d.category === 'best').map(amount));
  const target = amountOf(data.target);
  const closed = amountOf(data.closed) ?? ZERO;
  const remaining = target ? (target.gt(closed) ? target.minus(closed) : ZERO) : null;

  const funnelCounts = data.stages.map((stage) => {
    const deals = open.filter((d) => d.stage === stage.id);
    return { stage, count: deals.length, amount: sum(deals.map(amount)) };
  });
  // Deals that reached stage i: those at it or at any later stage.
  const reached = funnelCounts.map((_, i) =>
    funnelCounts.slice(i).reduce((n, step) => n + step.count, 0),
  );
  const funnel: FunnelStep[] = funnelCounts.map((step, i) => ({
    ...step,
    conversion:
      i < funnelCounts.length - 1 && reached[i] > 0
        ? new Dec(reached[i + 1]).div(reached[i])
        : null,
  }));
  const weakest = funnel.reduce<FunnelStep | null>(
    (low, step) =>
      step.conversion !== null && (low === null || step.conversion.lt(low.conversion!))
        ? step
        : low,
    null,
  );

  return {
    inPeriod: period,
    unreadable,
    byStage,
    pipeline,
    weighted: sum(byStage.map((s) => s.weighted)),
    commit,
    bestCase: commit.plus(best),
    target,
    remaining,
    coverage: remaining && remaining.gt(0) ? pipeline.div(remaining) : null,
    funnel,
    weakest,
    stale: open.filter((d) => read(d).dated && d.closeDate < today),
  };
}

/**
 * True when the forecast of `b` is the forecast of `a`: the same stages, period, target and
 * closed amount, and deals that differ at most in what the figures do not read (a customer's
 * or owner's name while the name stays filled in, except on a stale deal, which is listed by
 * name). A keystroke in a name of one deal of 500 then recounts nothing.
 */
export function sameForecast(a: PipelineData, b: PipelineData, today: string): boolean {
  if (
    a.stages !== b.stages ||
    a.periodStart !== b.periodStart ||
    a.periodEnd !== b.periodEnd ||
    a.target !== b.target ||
    a.closed !== b.closed ||
    a.deals.length !== b.deals.length
  ) {
    return false;
  }
  return a.deals.every((d, i) => {
    const e = b.deals[i];
    if (d === e) return true;
    const stale = read(d).dated && d.closeDate < today;
    return (
      d.id === e.id &&
      d.amount === e.amount &&
      d.stage === e.stage &&
      d.closeDate === e.closeDate &&
      d.category === e.category &&
      !d.customer === !e.customer &&
      (!stale || d.customer === e.customer)
    );
  });
}

/**
 * 预测准确率 as the chapter defines it: 1 − |实际 − 预测| ÷ 实际 (预测 200, 实际 180 → 88.9%);
 * null when either is missing or the actual is 0.
 */
export function accuracy(result: PeriodResult): Big | null {
  const forecastValue = amountOf(result.forecast);
  const actual = amountOf(result.actual);
  if (!forecastValue || !actual || actual.eq(0)) return null;
  return new Dec(1).minus(actual.minus(forecastValue).abs().div(actual));
}
