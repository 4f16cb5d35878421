/**
 * The price chain: every tier's buying and selling price, unit margin, 毛利率 and 加价率, and
 * the checks on them. Pure and exact (big.js).
 *
 * How a chain is read: tiers run from the producer (first, buys at 单位成本) to the final
 * buyer (last, pays the retail price); tier i sells at the price tier i + 1 buys at.
 * - 零售价倒推 starts from the retail price: each tier between buys at a discount (折) off
 *   the retail price or off the next tier's buying price.
 * - 成本加成 starts from the unit cost: each seller adds a markup on its buying price or
 *   prices for a target margin on its selling price.
 *
 * Rounding: every price is rounded to 分 when it is set (四舍五入), as it would be on an
 * invoice, and the next tier works from that price; a price set for a markup or a margin is
 * rounded up to 分 instead, so that it meets the rate it was set for. Margins, ratios and
 * totals are then exact and rounded once for display. Under 成本加成 the chain is worked out
 * in each basis, and a price's figure in the other basis is that chain's own price, so that
 * switching 价格口径 never moves a price by rounding a rounded price again. The unit cost is 不含税, so the producer's margin is
 * always worked out on its 不含税 selling price; the other tiers use the chosen price basis.
 */
import {
  applyEnding,
  fieldValue,
  formatCost,
  formatPercent,
  formatPercentApart,
  formatTyped,
  formatYuan,
  formatZhe,
  HUNDRED,
  ONE,
  otherBasis,
  ratio,
  RULE,
  stackFactors,
  toFen,
  toFenUp,
  toGross,
  toNet,
  type Decimal,
} from './money';
import { remembered } from '../core/remembered';
import { companySupplied } from './model';
import type { ChannelPricingData, PriceBasis, Tier } from './schema';
import { APPROVAL, CHECK, HOW, MISSING, tierName } from './strings';
import { discountsFromNext, tierRole, type TierRole } from './tiers';

const APPROVAL_ROLES = ['rep', 'manager', 'director'] as const;

/** One discount stacked on the way to a price: 「8 折」 or 「再降 8%」. */
export interface Factor {
  value: Decimal;
  label: string;
}

/** A tier's buying price, with the discounts stacked to reach it and how it was worked out. */
export interface PricePoint {
  value: Decimal | null;
  factors: Factor[];
  /** The tier whose inputs set this price (the buyer's discount, or the seller's rate). */
  setBy: number;
  how: string[];
  /** The retail price before the ending, when the ending changed it. */
  unended?: Decimal;
}

export type IssueKind =
  'stacked' | 'belowFloor' | 'approval' | 'costAbovePrice' | 'negativeMargin' | 'belowMinMargin';

/** A check, shown next to the figure it is about (`at`). */
export interface Issue {
  kind: IssueKind;
  at: 'buy' | 'margin';
  message: string;
}

export type { TierRole } from './tiers';

export interface TierRow {
  id: string;
  name: string;
  index: number;
  role: TierRole;
  /** Buying price in the chosen basis; for the producer, the unit cost (不含税). */
  buy: Decimal | null;
  /** Selling price in the chosen basis; null for the final buyer. */
  sell: Decimal | null;
  /** The same prices in the other basis (none for the cost, which is 不含税 only). */
  buyOther: Decimal | null;
  sellOther: Decimal | null;
  /** True for the producer: its margin is on the 不含税 selling price. */
  netMargin: boolean;
  /** The 不含税 selling price the producer's margin is worked out on. */
  sellNet: Decimal | null;
  unitMargin: Decimal | null;
  unitMarginOther: Decimal | null;
  /** 毛利率 = 单位毛利 ÷ 售价. */
  margin: Decimal | null;
  /** 加价率 = 单位毛利 ÷ 进价. */
  markup: Decimal | null;
  how: string[];
  issues: Issue[];
}

/** What every evaluation of a chain (base, scenario, volume break) needs to know. */
export interface ChainContext {
  basis: PriceBasis;
  /** 增值税率 as a ratio (0.13), or null when not valid. */
  vat: Decimal | null;
  /** 单位成本, 不含税. */
  cost: Decimal | null;
  /** 最低限价 of each tier's buying price: only where the company supplies the tier. */
  floors: (Decimal | null)[];
  /** True where the company supplies the tier: its price is the company's own. */
  company: boolean[];
  /** 审批权限: the deepest discount (a ratio) each role may approve, shallowest first. */
  approvals: { role: string; limit: Decimal }[];
  /** 最低毛利率 per tier, as ratios. */
  minMargins: (Decimal | null)[];
  tiers: readonly Tier[];
}

export type ChainResult =
  | { ok: false; reason: 'tooFew'; context: ChainContext }
  | {
      ok: true;
      context: ChainContext;
      prices: PricePoint[];
      rows: TierRow[];
      /** The retail price in use (after the ending), or null. */
      retail: Decimal | null;
      /** The retail price before the ending (typed or worked out), when the ending changed it. */
      beforeEnding: Decimal | null;
      /** Every price and margin could be worked out. */
      complete: boolean;
    };

export function chainContext(data: ChannelPricingData): ChainContext {
  const vat = fieldValue(data.vatRate, RULE.vat);
  return {
    basis: data.priceBasis,
    vat: vat && vat.div(HUNDRED),
    cost: fieldValue(data.unitCost, RULE.unitCost),
    floors: data.tiers.map((t, i) =>
      companySupplied(data.tiers, i) ? fieldValue(t.floor, RULE.money) : null,
    ),
    company: data.tiers.map((_, i) => companySupplied(data.tiers, i)),
    approvals: APPROVAL_ROLES.flatMap((key) => {
      const limit = fieldValue(data.approvals[key], RULE.extraOff);
      return limit ? [{ role: APPROVAL.roles[key], limit: limit.div(HUNDRED) }] : [];
    }),
    minMargins: data.tiers.map((t) => {
      const v = fieldValue(t.minMargin, RULE.margin);
      return v && v.div(HUNDRED);
    }),
    tiers: data.tiers,
  };
}

const point = (setBy: number, value: Decimal | null = null): PricePoint => ({
  value,
  factors: [],
  setBy,
  how: [],
});

/** 零售价倒推: from the retail price up the chain. */
function retailMinus(data: ChannelPricingData): PricePoint[] {
  const n = data.tiers.length;
  const prices = data.tiers.map((_, i) => point(i));
  const typed = fieldValue(data.retailPrice, RULE.money);
  const last = prices[n - 1];
  if (typed) {
    last.value = applyEnding(typed, data.ending);
    if (!last.value.eq(typed)) last.unended = typed;
    if (!last.value.eq(typed)) last.how.push(HOW.ending(formatYuan(typed), formatYuan(last.value)));
  }
  for (let i = n - 2; i >= 1; i--) {
    const tier = data.tiers[i];
    const zhe = fieldValue(tier.discount, RULE.zhe);
    const fromNext = tier.discountBase === 'next' && discountsFromNext(i, n);
    const base = fromNext ? prices[i + 1] : last;
    if (zhe === null || base.value === null) continue;
    const factor = { value: zhe.div(10), label: formatZhe(zhe.div(10)) };
    const value = toFen(base.value.times(factor.value));
    const factors = [...base.factors, factor];
    const how = fromNext
      ? HOW.discountNext(
          tierName(data.tiers[i + 1].name, i + 1),
          formatYuan(base.value),
          factor.label,
          formatYuan(value),
        )
      : HOW.discount(formatYuan(base.value), factor.label, formatYuan(value));
    // 8 折 of 8 折 is 6.4 折 of the retail price: say so, it is the figure people check.
    const overall = stackFactors(factors.map((f) => f.value)).remaining;
    prices[i] = {
      value,
      factors,
      setBy: i,
      how: fromNext ? [how, HOW.equivalent(formatZhe(overall))] : [how],
    };
  }
  return prices;
}

/**
 * A seller's price from its buying price by markup or margin, rounded up to 分 so that it
 * meets the rate; null when not valid. The producer's buying price is the unit cost, which
 * may have four decimals (`first`).
 */
function priced(tier: Tier, buy: Decimal, first = false): { value: Decimal; how: string } | null {
  const typed = fieldValue(tier.rate, tier.rateKind === 'markup' ? RULE.markup : RULE.margin);
  if (typed === null) return null;
  const rate = typed.div(HUNDRED);
  const shown = formatTyped(typed);
  const from = first ? formatCost(buy) : formatYuan(buy);
  if (tier.rateKind === 'markup') {
    const value = toFenUp(buy.times(ONE.plus(rate)));
    return { value, how: HOW.markup(from, shown, formatYuan(value)) };
  }
  const value = toFenUp(buy.div(ONE.minus(rate)));
  return { value, how: HOW.margin(from, shown, formatYuan(value)) };
}

/** 成本加成: from the unit cost down the chain. */
function costPlus(data: ChannelPricingData, ctx: ChainContext): PricePoint[] {
  const n = data.tiers.length;
  const prices = data.tiers.map((_, i) => point(Math.max(0, i - 1)));
  if (ctx.cost === null) return prices;
  // The producer prices on its 不含税 cost; a 含税 chain then adds the tax to that price.
  const first = priced(data.tiers[0], ctx.cost, true);
  if (!first) return prices;
  prices[1].how.push(ctx.basis === 'gross' ? HOW.net(first.how) : first.how);
  if (ctx.basis === 'net') prices[1].value = first.value;
  else if (ctx.vat) {
    prices[1].value = toGross(first.value, ctx.vat);
    prices[1].how.push(
      HOW.addTax(formatYuan(first.value), vatFactor(ctx.vat), formatYuan(prices[1].value)),
    );
  }
  for (let i = 1; i < n - 1; i++) {
    const buy = prices[i].value;
    const next = buy === null ? null : priced(data.tiers[i], buy);
    if (!next) break;
    prices[i + 1] = { ...prices[i + 1], value: next.value, how: [next.how] };
  }
  const last = prices[n - 1];
  if (last.value !== null) {
    const ended = applyEnding(last.value, data.ending);
    if (!ended.eq(last.value)) {
      last.how.push(HOW.ending(formatYuan(last.value), formatYuan(ended)));
      last.unended = last.value;
      last.value = ended;
    }
  }
  return prices;
}

/** The price with one more discount stacked on it (折上折), rounded to 分. */
export function discounted(price: PricePoint, factor: Factor): PricePoint {
  if (price.value === null) return price;
  return {
    value: toFen(price.value.times(factor.value)),
    factors: [...price.factors, factor],
    setBy: price.setBy,
    how: [],
  };
}

/** 1.13 for a 13 % rate. */
export function vatFactor(vat: Decimal): string {
  return formatTyped(ONE.plus(vat));
}

export interface SellerMargin {
  sellNet: Decimal | null;
  unitMargin: Decimal | null;
  margin: Decimal | null;
  markup: Decimal | null;
  issues: Issue[];
}

/**
 * What a seller keeps when it sells at `sell` (chosen basis): the producer against its
 * 不含税 cost, any other tier against its buying price `buy`.
 */
export function sellerMargin(
  ctx: ChainContext,
  index: number,
  buy: Decimal | null,
  sell: Decimal | null,
): SellerMargin {
  const producer = index === 0;
  const sellNet =
    producer && sell !== null
      ? ctx.basis === 'net'
        ? sell
        : ctx.vat && toNet(sell, ctx.vat)
      : null;
  const price = producer ? sellNet : sell;
  const cost = producer ? ctx.cost : buy;
  const issues: Issue[] = [];
  if (price === null || cost === null) {
    return { sellNet, unitMargin: null, margin: null, markup: null, issues };
  }
  const unitMargin = price.minus(cost);
  const margin = ratio(unitMargin, price);
  if (unitMargin.lt(0)) {
    const loss = formatYuan(unitMargin.abs());
    issues.push(
      producer
        ? {
            kind: 'costAbovePrice',
            at: 'buy',
            message: CHECK.costAbovePrice(formatYuan(cost), formatYuan(price), loss),
          }
        : { kind: 'negativeMargin', at: 'margin', message: CHECK.negativeMargin(loss) },
    );
  } else {
    const min = ctx.minMargins[index];
    if (min && margin && margin.lt(min)) {
      const [shown, minimum] = formatPercentApart(margin, min);
      issues.push({
        kind: 'belowMinMargin',
        at: 'margin',
        message: CHECK.belowMinMargin(shown, minimum),
      });
    }
  }
  return { sellNet, unitMargin, margin, markup: ratio(unitMargin, cost), issues };
}

/** Checks on a buying price itself: stacked discounts, and the floor. */
export function priceIssues(ctx: ChainContext, index: number, price: PricePoint): Issue[] {
  const issues: Issue[] = [];
  if (price.factors.length > 0) {
    const { remaining, off } = stackFactors(price.factors.map((f) => f.value));
    if (remaining.lte(0)) {
      const labels = price.factors.map((f) => f.label).join(' × ');
      issues.push({
        kind: 'stacked',
        at: 'buy',
        message: CHECK.stacked(labels, formatPercent(off)),
      });
    }
  }
  const floor = ctx.floors[index];
  if (floor && price.value && price.value.lt(floor)) {
    const gap = formatYuan(floor.minus(price.value));
    issues.push({
      kind: 'belowFloor',
      at: 'buy',
      message: CHECK.belowFloor(formatYuan(floor), gap),
    });
  }
  return issues;
}

/**
 * Who must approve a discount of `depth` (a ratio, 0.08) off the company's price to tier
 * `index`: the first role whose limit reaches it, or beyond the last one. Null for no
 * discount, for a reseller's price (not the company's to approve) and without levels.
 */
export function approvalIssue(ctx: ChainContext, index: number, depth: Decimal): Issue | null {
  if (!ctx.company[index] || depth.lte(0) || ctx.approvals.length === 0) return null;
  const shown = formatPercent(depth);
  const first = ctx.approvals[0];
  const level = ctx.approvals.find((a) => depth.lte(a.limit));
  const last = ctx.approvals[ctx.approvals.length - 1];
  const message =
    level === first
      ? APPROVAL.within(shown, first.role)
      : level
        ? APPROVAL.needs(shown, level.role)
        : APPROVAL.beyond(shown, last.role, `${formatTyped(last.limit.times(HUNDRED))}%`);
  return { kind: 'approval', at: 'buy', message };
}

/**
 * Evaluate a chain of buying prices: margins, ratios and checks for every tier. `others`,
 * when given, are the same buying prices worked out in the other basis (成本加成); without
 * them, each price is converted.
 */
export function evaluate(
  ctx: ChainContext,
  prices: readonly PricePoint[],
  others?: readonly (Decimal | null)[],
): TierRow[] {
  const n = ctx.tiers.length;
  return ctx.tiers.map((tier, i) => {
    const role = tierRole(i, n);
    const buy = i === 0 ? ctx.cost : prices[i].value;
    const sell = i < n - 1 ? prices[i + 1].value : null;
    const seller = role === 'buyer' ? null : sellerMargin(ctx, i, buy, sell);
    const other = (k: number, value: Decimal | null) =>
      others && value !== null && others[k] ? others[k] : otherBasis(value, ctx.basis, ctx.vat);
    const buyOther = i === 0 ? null : other(i, buy);
    const sellOther = i < n - 1 ? other(i + 1, sell) : null;
    const unitMarginOther =
      role === 'channel' && buyOther && sellOther ? sellOther.minus(buyOther) : null;
    const how = prices.filter((p) => p.setBy === i).flatMap((p) => p.how);
    // Under 零售价倒推 the producer's price comes from below: show its 不含税 value too.
    const fromBelow = n > 1 && prices[1].setBy !== 0;
    if (
      role === 'producer' &&
      fromBelow &&
      ctx.basis === 'gross' &&
      sell &&
      seller?.sellNet &&
      ctx.vat
    ) {
      how.push(HOW.removeTax(formatYuan(sell), vatFactor(ctx.vat), formatYuan(seller.sellNet)));
    }
    return {
      id: tier.id,
      name: tierName(tier.name, i),
      index: i,
      role,
      buy,
      sell,
      buyOther,
      sellOther,
      netMargin: role === 'producer',
      sellNet: seller?.sellNet ?? null,
      unitMargin: seller?.unitMargin ?? null,
      unitMarginOther,
      margin: seller?.margin ?? null,
      markup: seller?.markup ?? null,
      how,
      issues: [...(i > 0 ? priceIssues(ctx, i, prices[i]) : []), ...(seller?.issues ?? [])],
    };
  });
}

/**
 * The base chain from the worksheet data, worked out once per document data: the settings and
 * every part that shows figures ask for the chain of the same data.
 */
export const computeChain = remembered(chainOf);

function chainOf(data: ChannelPricingData): ChainResult {
  const context = chainContext(data);
  if (data.tiers.length < 2) return { ok: false, reason: 'tooFew', context };
  const costBased = data.method === 'cost-plus';
  const prices = costBased ? costPlus(data, context) : retailMinus(data);
  const basis = context.basis === 'gross' ? 'net' : 'gross';
  const others =
    costBased && context.vat
      ? costPlus(data, { ...context, basis }).map((p) => p.value)
      : undefined;
  const rows = evaluate(context, prices, others);
  const complete = rows.every(
    (r) => r.buy !== null && (r.role === 'buyer' || (r.sell !== null && r.unitMargin !== null)),
  );
  const last = prices[prices.length - 1];
  return {
    ok: true,
    context,
    prices,
    rows,
    retail: last.value,
    beforeEnding: last.unended ?? null,
    complete,
  };
}

/** The inputs the chosen method still needs (empty or not valid), named for a 「还需要填写」 line. */
export function missingInputs(data: ChannelPricingData): string[] {
  const n = data.tiers.length;
  if (n < 2) return [];
  const out: string[] = [];
  const cost = fieldValue(data.unitCost, RULE.unitCost);
  if (data.method === 'retail-minus') {
    if (fieldValue(data.retailPrice, RULE.money) === null) out.push(MISSING.retailPrice);
    for (let i = 1; i < n - 1; i++) {
      const t = data.tiers[i];
      if (fieldValue(t.discount, RULE.zhe) === null)
        out.push(MISSING.discount(tierName(t.name, i)));
    }
    if (cost === null) out.push(MISSING.unitCost);
  } else {
    if (cost === null) out.push(MISSING.unitCost);
    for (let i = 0; i < n - 1; i++) {
      const t = data.tiers[i];
      const markup = t.rateKind === 'markup';
      if (fieldValue(t.rate, markup ? RULE.markup : RULE.margin) === null) {
        const name = tierName(t.name, i);
        out.push(markup ? MISSING.markup(name) : MISSING.margin(name));
      }
    }
  }
  if (fieldValue(data.vatRate, RULE.vat) === null) out.push(MISSING.vatRate);
  return out;
}
