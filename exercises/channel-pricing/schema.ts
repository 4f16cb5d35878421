/**
 * The saved shape of a channel price chain (schema version 2). Every number is kept as the
 * text the learner typed ("1,299.00", "６折") and parsed when used, so nothing typed is lost
 * and the saved JSON never holds NaN. Tiers and scenarios carry short ids ("t1", "s2") so
 * that references to them survive reordering. Every text and list has the size limits of
 * core/limits.ts.
 */
import * as v from 'valibot';
import { list, text } from '../core/schema-limits';

/**
 * What a seller pays per unit off the invoice (McKinsey's pocket price waterfall). Amounts in
 * 元/件 不含税, rates in %.
 */
export const PocketSchema = v.object({
  /** 年终返利 (conditional on targets): % of the invoice price or 元/件. */
  rebate: text(),
  rebateKind: v.picklist(['percent', 'unit']),
  /** 促销与进场费用 (进场费, 堆头费): 元/件, or a lump sum spread over `promoVolume` units. */
  promo: text(),
  promoKind: v.picklist(['unit', 'lump']),
  promoVolume: text(),
  /** 物流运费, 元/件. */
  freight: text(),
  /** 账期: days of credit, and the annual cost of capital in %. */
  termDays: text(),
  capitalRate: text(),
  /** 现金折扣, % of the invoice price. */
  cashDiscount: text(),
  /** 退货损耗, % of the invoice price. */
  returns: text(),
});

export const TierSchema = v.object({
  id: text(),
  name: text(),
  /** 零售价倒推: the buying price is a discount off the retail price or off the next tier's price. */
  discountBase: v.picklist(['retail', 'next']),
  /** In 折, 0–10 ("6" = 6 折 = 60 % of the base price). */
  discount: text(),
  /** 成本加成: the selling price comes from a markup on cost or a target margin on price. */
  rateKind: v.picklist(['markup', 'margin']),
  /** In %, e.g. "10". */
  rate: text(),
  /** In %; '' means no minimum. */
  minMargin: text(),
  /**
   * 最低限价 of this tier's buying price, in 元 of the chosen basis; '' means none. Checked only
   * where the company supplies the tier (the tier after the producer, and a tier marked
   * `direct`): a reseller's resale price is its own (《反垄断法》第十八条).
   */
  floor: text(),
  /** The company also supplies this tier directly, at the price shown for it. */
  direct: v.boolean(),
  /** What this tier, as a seller, pays off the invoice. */
  pocket: PocketSchema,
});

/** 价格审批权限: the deepest discount off the company's price each role may approve, in %. */
export const ApprovalsSchema = v.object({
  rep: text(),
  manager: text(),
  director: text(),
});

/** 窜货 check: two regional prices of one product and what moving goods between them costs. */
export const RegionsSchema = v.object({
  priceA: text(),
  priceB: text(),
  /** 跨区运费, 元/件. */
  freight: text(),
  /** 其他费用 (装卸、仓储、资金占用等), 元/件. */
  handling: text(),
});

export const BreakSchema = v.object({
  /** The break applies to an order of more than this many units (the 501st unit on for 500). */
  above: text(),
  /** In 折, e.g. "9.5". */
  discount: text(),
});

export const VolumeSchema = v.object({
  /** The buying tier whose price the breaks discount. */
  tierId: text(),
  quantity: text(),
  breaks: list(BreakSchema),
});

export const ScenarioSchema = v.object({
  id: text(),
  name: text(),
  /** The tier whose buying price is cut (the last tier = the retail price). */
  tierId: text(),
  /** Extra % off that one price, e.g. "8" = 60 × (1 − 8 %). */
  extraOff: text(),
});

export const ChannelPricingSchema = v.object({
  method: v.picklist(['retail-minus', 'cost-plus']),
  /** How typed prices are meant: 含税 (gross) or 不含税 (net). The unit cost is always net. */
  priceBasis: v.picklist(['gross', 'net']),
  unitCost: text(),
  retailPrice: text(),
  vatRate: text(),
  /** nine: up to X.90; nine-down: down to X.90 (charm price); yuan: up to whole 元. */
  ending: v.picklist(['none', 'nine', 'nine-down', 'yuan']),
  approvals: ApprovalsSchema,
  tiers: list(TierSchema),
  volume: VolumeSchema,
  scenarios: list(ScenarioSchema),
  regions: RegionsSchema,
});

export type Tier = v.InferOutput<typeof TierSchema>;
export type Pocket = v.InferOutput<typeof PocketSchema>;
export type Break = v.InferOutput<typeof BreakSchema>;
export type Volume = v.InferOutput<typeof VolumeSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Approvals = v.InferOutput<typeof ApprovalsSchema>;
export type Regions = v.InferOutput<typeof RegionsSchema>;
export type ChannelPricingData = v.InferOutput<typeof ChannelPricingSchema>;
export type PricingMethod = ChannelPricingData['method'];
export type PriceBasis = ChannelPricingData['priceBasis'];
export type PriceEnding = ChannelPricingData['ending'];
