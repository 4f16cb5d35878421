/**
 * 促销价 and 区域价: named adjustments that cut one buying price by an extra percentage and
 * leave every other price of the base chain as it is, so the comparison shows who gives up
 * the margin (the seller) and who gains it (the buyer).
 */
import { discounted, evaluate, type ChainResult, type TierRow } from './chain';
import { fieldValue, formatTyped, formatYuan, HUNDRED, ONE, RULE, type Decimal } from './money';
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
    return { ...base, extra, from, to: null, how: null, rows: null };
  }
  const factor = { value: ONE.minus(extra), label: SCENARIO.factor(formatTyped(typed)) };
  const cut = discounted(chain.prices[k], factor);
  const to = cut.value;
  const prices = chain.prices.map((p, i) => (i === k ? cut : p));
  return {
    ...base,
    extra,
    from,
    to,
    how: to && HOW.extraOff(formatYuan(from), formatTyped(typed), formatYuan(to)),
    rows: evaluate(chain.context, prices),
  };
}

export function computeScenarios(
  chain: ChainResult,
  scenarios: readonly Scenario[],
): ScenarioResult[] {
  return scenarios.map((s) => computeScenario(chain, s));
}
