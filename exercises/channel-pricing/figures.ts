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
  /** A typed price in the other basis, or null. */
  other(raw: string): string | null;
}

const shown = (value: Decimal | null) => (value ? formatYuan(value) : null);

export function setupFigures(data: ChannelPricingData): SetupFigures {
  const chain = computeChain(data);
  const vat = chain.context.vat;
  const retail = chain.ok ? chain.retail : null;
  return {
    retail: shown(retail),
    retailOther: shown(otherBasis(retail, data.priceBasis, vat)),
    other: (raw) => shown(otherBasis(fieldValue(raw, RULE.money), data.priceBasis, vat)),
  };
}
