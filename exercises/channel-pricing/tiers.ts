/**
 * The tiers of a price chain by their place: the producer first, the final buyer last, the
 * channel tiers between; and which inputs each tier takes under each pricing method. The
 * chain arithmetic (chain.ts) and the tier editor (TierEditor.tsx) both follow these rules.
 */
import type { PricingMethod } from './schema';

export type TierRole = 'producer' | 'channel' | 'buyer';

export function tierRole(index: number, count: number): TierRole {
  return index === 0 ? 'producer' : index === count - 1 ? 'buyer' : 'channel';
}

/**
 * Under 零售价倒推 a channel tier's discount may be taken off the next tier's price instead of
 * the retail price: only when the next tier is a channel tier too.
 */
export function discountsFromNext(index: number, count: number): boolean {
  return tierRole(index, count) === 'channel' && index < count - 2;
}

/** The inputs tier `index` of `count` takes under `method`. */
export interface TierInputs {
  role: TierRole;
  /** 折扣 (零售价倒推, channel tiers). */
  discount: boolean;
  /** 折扣基准: the retail price or the next tier's price. */
  discountBase: boolean;
  /** 加价率 or 目标毛利率, with the choice between them (成本加成, every seller). */
  rate: boolean;
  /** 最低毛利率 (every seller). */
  minMargin: boolean;
}

export function tierInputs(method: PricingMethod, index: number, count: number): TierInputs {
  const role = tierRole(index, count);
  const seller = role !== 'buyer';
  const retailMinus = method === 'retail-minus' && role === 'channel';
  return {
    role,
    discount: retailMinus,
    discountBase: retailMinus && discountsFromNext(index, count),
    rate: method === 'cost-plus' && seller,
    minMargin: seller,
  };
}
