/**
 * The figures of a 提成方案测算, exact (big.js, never float sums): each rep's attainment and pay
 * (底薪 + 提成, step by step: tiers 累进 or 全额 on 销售额 or 毛利, 毛利系数, 个人绩效系数,
 * 回款比例, 封顶), the team's totals and cost-of-sales ratio, the pay curve from 0% to 200% of
 * target for both methods, and the checks team/commission warns about: cliffs at tier bounds,
 * a cap reached before target, commission on sales while margin falls. Loaded with the parts
 * that show figures, not with a blank form.
 */
import Big from 'big.js';
import { parseNumberInput, type ParseNumberOptions } from '../core/numbers';
import { FACTOR_INPUT, isBlankRep, MONEY_INPUT, PERCENT_INPUT, SHARE_INPUT } from './model';
import type { CommissionData, Rep } from './schema';
import type { CommissionBase, TierMethod } from './shape';

// A private constructor, so these settings never leak into other users of big.js.
const Dec = Big();
Dec.DP = 20;
Dec.RM = Big.roundHalfUp;
const ZERO = new Dec(0);
const ONE = new Dec(1);
const HUNDRED = new Dec(100);

function read(text: string, rule: ParseNumberOptions): Big | null | 'bad' {
  const result = parseNumberInput(text, rule);
  if (result.ok) return new Dec(result.value);
  return result.reason === 'empty' ? null : 'bad';
}

const percentOf = (text: string, rule: ParseNumberOptions) => {
  const value = read(text, rule);
  return value instanceof Big ? value.div(HUNDRED) : value;
};

/** Money as paid: rounded to the fen, half up. */
export const toFen = (value: Big): Big => value.round(2, Big.roundHalfUp);

const min = (a: Big, b: Big) => (a.lt(b) ? a : b);

export interface PlanTier {
  /** Lower bound of attainment, a fraction of target (0.6 for 60%). */
  from: Big;
  /** Commission rate, a fraction (0.03 for 3%). */
  rate: Big;
}

export interface MarginFactor {
  /** Lower bound of the margin rate, a fraction. */
  from: Big;
  factor: Big;
}

/** What of the plan could not be read; the figures wait until it is fixed. */
export type PlanProblem =
  | 'baseSalary'
  | 'tiers'
  | 'noTiers'
  | 'tierOrder'
  | 'collectionShare'
  | 'cap'
  | 'marginBands'
  | 'chartTarget';

export interface Plan {
  baseSalary: Big;
  base: CommissionBase;
  method: TierMethod;
  /** Sorted by `from`, starting at 0 (a 0% tier is added below a first tier above 0). */
  tiers: PlanTier[];
  /** Share of commission paid in proportion to collections, a fraction (0 when empty). */
  collectionShare: Big;
  cap: Big | null;
  /** Sorted by `from`; empty when the plan has no margin factors. */
  marginFactors: MarginFactor[];
}

export type PlanReading = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

/** The plan as numbers, or what in it cannot be read. */
export function readPlan(data: CommissionData): PlanReading {
  const problems: PlanProblem[] = [];
  const baseSalary = read(data.baseSalary, MONEY_INPUT);
  if (baseSalary === 'bad') problems.push('baseSalary');
  const tiers: PlanTier[] = [];
  for (const t of data.tiers) {
    const from = percentOf(t.from, PERCENT_INPUT);
    const rate = percentOf(t.rate, PERCENT_INPUT);
    if (from === 'bad' || rate === 'bad') {
      if (!problems.includes('tiers')) problems.push('tiers');
    } else if (from && rate) tiers.push({ from, rate });
  }
  tiers.sort((a, b) => a.from.cmp(b.from));
  if (tiers.length === 0 && problems.length === 0) problems.push('noTiers');
  if (tiers.some((t, i) => i > 0 && t.from.eq(tiers[i - 1]!.from))) problems.push('tierOrder');
  if (tiers.length > 0 && tiers[0]!.from.gt(ZERO)) tiers.unshift({ from: ZERO, rate: ZERO });
  const share = percentOf(data.collectionShare, SHARE_INPUT);
  if (share === 'bad') problems.push('collectionShare');
  const cap = read(data.cap, MONEY_INPUT);
  if (cap === 'bad') problems.push('cap');
  const marginFactors: MarginFactor[] = [];
  for (const b of data.marginBands) {
    const from = percentOf(b.from, PERCENT_INPUT);
    const factor = read(b.factor, FACTOR_INPUT);
    if (from === 'bad' || factor === 'bad') {
      if (!problems.includes('marginBands')) problems.push('marginBands');
    } else if (from && factor) marginFactors.push({ from, factor });
  }
  marginFactors.sort((a, b) => a.from.cmp(b.from));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      baseSalary: (baseSalary as Big | null) ?? ZERO,
      base: data.base,
      method: data.method,
      tiers,
      collectionShare: (share as Big | null) ?? ZERO,
      cap: cap as Big | null,
      marginFactors,
    },
  };
}

/**
 * Commission on sales by the tiers, before any factor: 累进 applies each tier's rate to the
 * part of sales inside it (bounds are attainment × target), 全额 the reached tier's rate to all.
 */
export function tierCommissionOnSales(
  tiers: readonly PlanTier[],
  method: TierMethod,
  sales: Big,
  target: Big,
): Big {
  if (sales.lte(ZERO)) return ZERO;
  if (method === 'flat') {
    let rate = ZERO;
    for (const t of tiers) if (sales.gte(t.from.times(target))) rate = t.rate;
    return rate.times(sales);
  }
  let total = ZERO;
  tiers.forEach((t, i) => {
    const lo = t.from.times(target);
    const next = tiers[i + 1];
    const top = next ? min(sales, next.from.times(target)) : sales;
    if (top.gt(lo)) total = total.plus(t.rate.times(top.minus(lo)));
  });
  return total;
}

/** The factor of a margin rate: the band with the highest lower bound it reaches. */
export function marginFactorOf(factors: readonly MarginFactor[], marginRate: Big): Big | null {
  let found: Big | null = null;
  for (const f of factors) if (marginRate.gte(f.from)) found = f.factor;
  return found;
}

export type RepProblem = 'target' | 'sales' | 'margin' | 'collected' | 'performance';

export interface RepPay {
  rep: Rep;
  attainment: Big;
  sales: Big;
  target: Big;
  /** 提成基数: the sales or the margin. */
  baseAmount: Big;
  /** Commission by the tiers on the base, before factors. */
  tierCommission: Big;
  marginRate: Big | null;
  /** Null when the plan has no margin factors. */
  marginFactor: Big | null;
  /** Null when the rep has none (counts as 1). */
  performance: Big | null;
  /** 回款 ÷ 实际销售额, at most 1; null when 回款 is empty (counted as fully collected). */
  collectedRatio: Big | null;
  /** (1 − 回款比例) + 回款比例 × collected ratio. */
  collectionFactor: Big;
  /** After every factor, before the cap. */
  beforeCap: Big;
  /** What the cap took off (0 without a cap or below it). */
  cappedOff: Big;
  /** Commission paid, to the fen. */
  commission: Big;
  /** 底薪 + 提成. */
  pay: Big;
}

export type RepReading = { ok: true; pay: RepPay } | { ok: false; rep: Rep; problem: RepProblem };

/** One rep's pay under the plan, step by step. */
export function repPay(plan: Plan, rep: Rep): RepReading {
  const fail = (problem: RepProblem): RepReading => ({ ok: false, rep, problem });
  const target = read(rep.target, MONEY_INPUT);
  if (!(target instanceof Big) || target.eq(ZERO)) return fail('target');
  const sales = read(rep.sales, MONEY_INPUT);
  if (!(sales instanceof Big)) return fail('sales');
  const margin = read(rep.margin, MONEY_INPUT);
  const needsMargin = plan.base === 'margin' || plan.marginFactors.length > 0;
  if (margin === 'bad' || (needsMargin && margin === null)) return fail('margin');
  const collected = read(rep.collected, MONEY_INPUT);
  if (collected === 'bad') return fail('collected');
  const performance = read(rep.performance, FACTOR_INPUT);
  if (performance === 'bad') return fail('performance');

  const marginRate = margin && sales.gt(ZERO) ? margin.div(sales) : null;
  const onSales = tierCommissionOnSales(plan.tiers, plan.method, sales, target);
  const baseAmount = plan.base === 'margin' ? (margin ?? ZERO) : sales;
  // On margin, the tiers' shares of sales apply to the margin: commission × margin ÷ sales.
  const tierCommission =
    plan.base === 'margin'
      ? sales.gt(ZERO)
        ? onSales.times(baseAmount).div(sales)
        : ZERO
      : onSales;
  const marginFactor =
    plan.marginFactors.length > 0 && marginRate
      ? (marginFactorOf(plan.marginFactors, marginRate) ?? ONE)
      : null;
  const collectedRatio = collected && sales.gt(ZERO) ? min(ONE, collected.div(sales)) : null;
  const collectionFactor = ONE.minus(plan.collectionShare).plus(
    plan.collectionShare.times(collectedRatio ?? ONE),
  );
  const beforeCap = tierCommission
    .times(marginFactor ?? ONE)
    .times(performance ?? ONE)
    .times(collectionFactor);
  const capped = plan.cap ? min(beforeCap, plan.cap) : beforeCap;
  const commission = toFen(capped);
  return {
    ok: true,
    pay: {
      rep,
      attainment: sales.div(target),
      sales,
      target,
      baseAmount,
      tierCommission,
      marginRate,
      marginFactor,
      performance,
      collectedRatio,
      collectionFactor,
      beforeCap,
      cappedOff: toFen(beforeCap.minus(capped)),
      commission,
      pay: plan.baseSalary.plus(commission),
    },
  };
}

// ── the pay curve ───────────────────────────────────────────────────────────────────────────

export interface Curve {
  /** 测算目标 and what 1 of base is per 1 of sales (1 on sales, the team's margin rate on margin). */
  target: Big;
  baseRatio: Big;
}

/** The uncapped commission at attainment `a` as tier `i` computes it (for left limits at bounds). */
function inTier(plan: Plan, method: TierMethod, curve: Curve, i: number, a: Big): Big {
  const perPoint = curve.target.times(curve.baseRatio);
  const tier = plan.tiers[i]!;
  if (method === 'flat') return tier.rate.times(perPoint).times(a);
  let below = ZERO;
  for (let j = 0; j < i; j++) {
    const t = plan.tiers[j]!;
    below = below.plus(t.rate.times(plan.tiers[j + 1]!.from.minus(t.from)));
  }
  return below.plus(tier.rate.times(a.minus(tier.from))).times(perPoint);
}

function tierAt(plan: Plan, a: Big): number {
  let index = 0;
  plan.tiers.forEach((t, i) => {
    if (a.gte(t.from)) index = i;
  });
  return index;
}

const capped = (plan: Plan, value: Big) => (plan.cap ? min(plan.cap, value) : value);

/** Pay (底薪 + capped commission) at attainment `a` by `method`, before personal factors. */
export function payAt(plan: Plan, method: TierMethod, curve: Curve, a: Big): Big {
  return plan.baseSalary.plus(toFen(capped(plan, inTier(plan, method, curve, tierAt(plan, a), a))));
}

export interface Cliff {
  /** The tier bound, a fraction of target. */
  at: Big;
  /** Pay just below the bound and at it. */
  before: Big;
  after: Big;
  /** after − before: positive, a jump that makes people hold back deals; negative, one more sale lowers pay. */
  jump: Big;
}

/** Every bound where pay jumps by `method` (none for 累进, whose pay is continuous). */
export function cliffs(plan: Plan, method: TierMethod, curve: Curve): Cliff[] {
  const found: Cliff[] = [];
  for (let i = 1; i < plan.tiers.length; i++) {
    const at = plan.tiers[i]!.from;
    const before = plan.baseSalary.plus(
      toFen(capped(plan, inTier(plan, method, curve, i - 1, at))),
    );
    const after = plan.baseSalary.plus(toFen(capped(plan, inTier(plan, method, curve, i, at))));
    if (!after.eq(before)) found.push({ at, before, after, jump: after.minus(before) });
  }
  return found;
}

/** The lowest attainment where commission reaches the cap by `method`, or null (no cap, never). */
export function capReachedAt(plan: Plan, method: TierMethod, curve: Curve): Big | null {
  if (!plan.cap) return null;
  const perPoint = curve.target.times(curve.baseRatio);
  if (perPoint.lte(ZERO)) return null;
  for (let i = 0; i < plan.tiers.length; i++) {
    const lo = plan.tiers[i]!.from;
    const start = inTier(plan, method, curve, i, lo);
    if (start.gte(plan.cap)) return lo;
    // Within a tier both methods grow by the tier's rate (全额 jumps only at the bounds).
    const slope = plan.tiers[i]!.rate.times(perPoint);
    if (slope.lte(ZERO)) continue;
    const a = lo.plus(plan.cap.minus(start).div(slope));
    const next = plan.tiers[i + 1];
    if (!next || a.lt(next.from)) return a;
  }
  return null;
}

/** The chart's table rows: attainment 0% to 200% every `step`, pay by 累进 and by 全额. */
export function curveTable(
  plan: Plan,
  curve: Curve,
  step = 10,
): { a: Big; progressive: Big; flat: Big }[] {
  const rows = [];
  for (let p = 0; p <= 200; p += step) {
    const a = new Dec(p).div(HUNDRED);
    rows.push({
      a,
      progressive: payAt(plan, 'progressive', curve, a),
      flat: payAt(plan, 'flat', curve, a),
    });
  }
  return rows;
}

/** A method's pay drawn as segments, one per tier within 0–200% (a jump starts a new segment). */
export function curveSegments(plan: Plan, method: TierMethod, curve: Curve): [Big, Big][][] {
  const end = new Dec(2);
  const segments: [Big, Big][][] = [];
  plan.tiers.forEach((t, i) => {
    const next = plan.tiers[i + 1];
    const lo = t.from;
    const hi = next ? min(next.from, end) : end;
    if (lo.gte(end) && i > 0) return;
    const points: Big[] = [lo];
    const reach = capReachedAtInTier(plan, method, curve, i);
    if (reach && reach.gt(lo) && reach.lt(hi)) points.push(reach);
    points.push(hi);
    segments.push(
      points.map((a) => [a, plan.baseSalary.plus(capped(plan, inTier(plan, method, curve, i, a)))]),
    );
  });
  return segments;
}

function capReachedAtInTier(plan: Plan, method: TierMethod, curve: Curve, i: number): Big | null {
  if (!plan.cap) return null;
  const perPoint = curve.target.times(curve.baseRatio);
  const slope = plan.tiers[i]!.rate.times(perPoint);
  if (slope.lte(ZERO)) return null;
  const lo = plan.tiers[i]!.from;
  return lo.plus(plan.cap.minus(inTier(plan, method, curve, i, lo)).div(slope));
}

// ── the team ────────────────────────────────────────────────────────────────────────────────

export interface MarginWarning {
  rep: Rep;
  marginRate: Big;
  /** The rep's share of the team's commission and of its margin. */
  commissionShare: Big;
  marginShare: Big;
}

export interface TeamFigures {
  plan: Plan;
  pays: RepPay[];
  unreadable: { rep: Rep; problem: RepProblem }[];
  totalSales: Big;
  totalCommission: Big;
  totalPay: Big;
  /** Total pay ÷ total sales (销售费用率), null without sales. */
  costRatio: Big | null;
  /** Σ 毛利 ÷ Σ 实际销售额 over reps with both. */
  teamMarginRate: Big | null;
  /** The 测算目标 typed cannot be read (the chart and the cap check wait for it). */
  chartTargetUnreadable: boolean;
  /** The chart's basis, null without a target to draw against. */
  curve: Curve | null;
  cliffs: Cliff[];
  capAt: Big | null;
  /** On sales without margin factors: reps whose margin rate is below the team's. */
  marginWarnings: MarginWarning[];
}

export type TeamReading = { ok: true; team: TeamFigures } | { ok: false; problems: PlanProblem[] };

/** Everything the results show, or what in the plan cannot be read. */
export function teamFigures(data: CommissionData): TeamReading {
  const reading = readPlan(data);
  if (!reading.ok) return reading;
  const { plan } = reading;
  const pays: RepPay[] = [];
  const unreadable: { rep: Rep; problem: RepProblem }[] = [];
  for (const rep of data.reps) {
    if (isBlankRep(rep)) continue;
    const r = repPay(plan, rep);
    if (r.ok) pays.push(r.pay);
    else unreadable.push({ rep: r.rep, problem: r.problem });
  }
  const sum = (values: Big[]) => values.reduce((a, b) => a.plus(b), ZERO);
  const totalSales = sum(pays.map((p) => p.sales));
  const totalCommission = sum(pays.map((p) => p.commission));
  const totalPay = sum(pays.map((p) => p.pay));
  const withMargin = pays.filter((p) => p.marginRate);
  const marginSales = sum(withMargin.map((p) => p.sales));
  const marginTotal = sum(withMargin.map((p) => p.marginRate!.times(p.sales)));
  const teamMarginRate = marginSales.gt(ZERO) ? marginTotal.div(marginSales) : null;

  // An unreadable 测算目标 leaves out only the chart and the checks that use it.
  const chartTarget = read(data.chartTarget, MONEY_INPUT);
  const target =
    chartTarget === 'bad'
      ? null
      : chartTarget && chartTarget.gt(ZERO)
        ? chartTarget
        : (pays[0]?.target ?? null);
  const baseRatio = plan.base === 'margin' ? teamMarginRate : ONE;
  const curve = target && baseRatio ? { target, baseRatio } : null;

  const marginWarnings: MarginWarning[] = [];
  if (plan.base === 'sales' && plan.marginFactors.length === 0 && teamMarginRate) {
    const commissionTotal = sum(withMargin.map((p) => p.commission));
    for (const p of withMargin) {
      if (!p.marginRate!.lt(teamMarginRate) || commissionTotal.eq(ZERO)) continue;
      marginWarnings.push({
        rep: p.rep,
        marginRate: p.marginRate!,
        commissionShare: p.commission.div(commissionTotal),
        marginShare: marginTotal.gt(ZERO) ? p.marginRate!.times(p.sales).div(marginTotal) : ZERO,
      });
    }
  }
  return {
    ok: true,
    team: {
      plan,
      pays,
      unreadable,
      chartTargetUnreadable: chartTarget === 'bad',
      totalSales,
      totalCommission,
      totalPay,
      costRatio: totalSales.gt(ZERO) ? totalPay.div(totalSales) : null,
      teamMarginRate,
      curve,
      cliffs: curve ? cliffs(plan, plan.method, curve) : [],
      capAt: curve ? capReachedAt(plan, plan.method, curve) : null,
      marginWarnings,
    },
  };
}
