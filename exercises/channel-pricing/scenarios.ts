/**
 * 促销价 and 区域价: named adjustments that cut one buying price by an extra percentage and
 * leave every other price of the base chain as it is, so the comparison shows who gives up
 * the margin (the seller) and who gains it (the buyer).
 */
import { approvalIssue, discounted, evaluate, type ChainResult, type TierRow } from './chain';
import {
  fieldValue,
  formatPercent,
  formatTyped,
  formatYuan,
  HUNDRED,
  ONE,
  RULE,
  type Decimal,
} from './money';
import type { Scenario, Tier } from './schema';
import { SCENARIO } from './scenario-strings';
import { HOW } from './strings';

export interface ScenarioResult {
  id: string;
  name: string;
  /** The tier whose buying price is cut. */
  tierIndex: number;
  /** The extra discount as a ratio (0.08), or null when not valid. */
  extra: Decimal | null;
  from: Decimal | null;
  to: Decimal | null;
  /** 「60.00 × (1 − 8%) = 55.20」 */
  how: string | null;
  /** The whole chain with the cut price, or null when it cannot be worked out. */
  rows: TierRow[] | null;
  /** How much more the seller of the cut price must sell to keep its total margin. */
  breakEven: BreakEven | null;
}

export interface BreakEven {
  seller: string;
  /** cut ÷ (margin − cut), or null when the cut reaches the margin. */
  increase: Decimal | null;
  message: string;
}

/**
 * 降价后保持毛利总额不变所需的销量增幅 = 降价幅度 ÷（毛利率 − 降价幅度）: a unit keeps
 * margin − cut of the old price instead of margin, so volume must grow by margin ÷ (margin −
 * cut), i.e. by cut ÷ (margin − cut) more. Null when the cut reaches the margin.
 */
export function breakEvenIncrease(margin: Decimal, cut: Decimal): Decimal | null {
  const left = margin.minus(cut);
  return left.gt(0) ? cut.div(left) : null;
}

function breakEven(seller: TierRow | undefined, extra: Decimal, typed: Decimal): BreakEven | null {
  if (!seller || seller.margin === null || extra.lte(0)) return null;
  const increase = breakEvenIncrease(seller.margin, extra);
  const cut = `${formatTyped(typed)}%`;
  const margin = formatPercent(seller.margin);
  return {
    seller: seller.name,
    increase,
    message: increase
      ? SCENARIO.breakEven(seller.name, margin, cut, formatPercent(increase))
      : SCENARIO.breakEvenNever(seller.name, margin, cut),
  };
}

/** Scenarios aim at a buying tier; an unknown or producer target falls back to the retail price. */
export function scenarioTier(tiers: readonly Tier[], scenario: Scenario): number {
  const found = tiers.findIndex((t) => t.id === scenario.tierId);
  return found >= 1 ? found : tiers.length - 1;
}

export function computeScenario(chain: ChainResult, scenario: Scenario): ScenarioResult {
  const tiers = chain.context.tiers;
  const k = scenarioTier(tiers, scenario);
  const typed = fieldValue(scenario.extraOff, RULE.extraOff);
  const base = { id: scenario.id, name: scenario.name, tierIndex: k };
  const extra = typed && typed.div(HUNDRED);
  const from = chain.ok ? (chain.prices[k]?.value ?? null) : null;
  if (!chain.ok || typed === null || extra === null || from === null) {
    return { ...base, extra, from, to: null, how: null, rows: null, breakEven: null };
  }
  const factor = { value: ONE.minus(extra), label: SCENARIO.factor(formatTyped(typed)) };
  const cut = discounted(chain.prices[k], factor);
  const to = cut.value;
  const prices = chain.prices.map((p, i) => (i === k ? cut : p));
  const rows = evaluate(chain.context, prices);
  // A cut in the company's own price needs someone's approval (the levels in 价格执行管控).
  const approval = approvalIssue(chain.context, k, extra);
  if (approval) rows[k] = { ...rows[k], issues: [...rows[k].issues, approval] };
  return {
    ...base,
    extra,
    from,
    to,
    how: to && HOW.extraOff(formatYuan(from), formatTyped(typed), formatYuan(to)),
    rows,
    breakEven: breakEven(chain.rows[k - 1], extra, typed),
  };
}

export function computeScenarios(
  chain: ChainResult,
  scenarios: readonly Scenario[],
): ScenarioResult[] {
  return scenarios.map((s) => computeScenario(chain, s));
}
