/**
 * The figures the settings show beside their inputs: the retail price 成本加成 works out, and
 * each price in the other tax basis. They need the exact arithmetic (money.ts, big.js) and
 * the chain, so this module loads after the island, on the first edit or focus
 * (PricingForm.tsx); until then the settings show none, as they do for a blank worksheet.
 */
import { computeChain } from './chain';
import type { ChannelPricingData } from './model';
import { fieldValue, formatYuan, otherBasis, RULE, type Decimal } from './money';

export interface SetupFigures {
  /** The retail price in use, or null when it cannot be worked out yet. */
  retail: string | null;
  /** The retail price in the other basis. */
  retailOther: string | null;
  /** The retail price before the ending (typed, or worked out), when the ending changed it. */
  beforeEnding: string | null;
  /** A typed price in the other basis, or null. */
  other(raw: string): string | null;
}

const shown = (value: Decimal | null) => (value ? formatYuan(value) : null);

export function setupFigures(data: ChannelPricingData): SetupFigures {
  const chain = computeChain(data);
  const vat = chain.context.vat;
  const retail = chain.ok ? chain.retail : null;
  const last = chain.ok ? chain.rows[chain.rows.length - 1] : null;
  return {
    retail: shown(retail),
    // 成本加成 works the chain out in both bases: the other figure is that chain's price.
    retailOther: shown(last?.buyOther ?? otherBasis(retail, data.priceBasis, vat)),
    beforeEnding: shown(chain.ok ? chain.beforeEnding : null),
    other: (raw) => shown(otherBasis(fieldValue(raw, RULE.money), data.priceBasis, vat)),
  };
}
